using System.Buffers.Binary;

namespace Hive.Core.ReadModel;

/// <summary>
/// Where a newest-first page ended: the time and sort key of its last row. The next page holds the rows strictly
/// before that pair (keyset paging), so pages stay correct and equally fast however deep, and while new rows arrive.
/// Clients see it as an opaque url-safe string.
/// </summary>
public readonly record struct PageCursor(long TimeTicks, long SortKey)
{
    public string Encode()
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteInt64BigEndian(bytes, TimeTicks);
        BinaryPrimitives.WriteInt64BigEndian(bytes[8..], SortKey);
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static bool TryDecode(string? text, out PageCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(text) || text.Length != 22) return false;
        var padded = text.Replace('-', '+').Replace('_', '/') + "==";
        Span<byte> bytes = stackalloc byte[18];
        if (!Convert.TryFromBase64String(padded, bytes, out var written) || written != 16) return false;
        cursor = new PageCursor(BinaryPrimitives.ReadInt64BigEndian(bytes), BinaryPrimitives.ReadInt64BigEndian(bytes[8..]));
        return true;
    }
}
