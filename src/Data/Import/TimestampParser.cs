using System.Globalization;
using System.Text;

namespace Hive.Data.Import;

/// <summary>
/// Parses a timestamp field to Unix milliseconds UTC without allocating on the common paths:
/// ISO dates and date-times (<c>2000-01-03</c>, <c>2000-01-03T14:30:00.250Z</c>, a space instead of T, an offset
/// such as <c>+02:00</c>; no offset means UTC), epoch numbers (by magnitude: below 10^11 seconds, below 10^14
/// milliseconds, below 10^17 microseconds, else nanoseconds; fractions allowed), <c>20000103</c> (yyyyMMdd) and
/// <c>Jan 1 2000</c>.
/// Anything else falls back to the invariant culture's parser, assuming UTC.
/// </summary>
public static class TimestampParser
{
    private static readonly long EpochTicks = DateTime.UnixEpoch.Ticks;
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static bool TryParse(ReadOnlySpan<byte> text, out long unixMs)
    {
        unixMs = 0;
        text = text.Trim((byte)' ').Trim((byte)'"');
        if (text.IsEmpty) return false;
        if (text.Length >= 10 && IsDigit(text[0]) && text[4] == '-' && text[7] == '-') return TryIso(text, out unixMs);
        if (text.Length == 8 && TryCompactDate(text, out unixMs)) return true;
        if (IsDigit(text[0]) || text[0] == '-') return TryEpoch(text, out unixMs);
        if (text.Length >= 10 && IsLetter(text[0])) return TryMonthName(text, out unixMs) || TryFallback(text, out unixMs);
        return TryFallback(text, out unixMs);
    }

    private static bool TryIso(ReadOnlySpan<byte> s, out long unixMs)
    {
        unixMs = 0;
        if (!Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || !Digits(s, 8, 2, out var day)) return false;
        if (month is < 1 or > 12 || day < 1 || year < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        long ticks = new DateTime(year, month, day).Ticks;
        if (s.Length == 10) { unixMs = (ticks - EpochTicks) / TimeSpan.TicksPerMillisecond; return true; }
        if (s[10] is not ((byte)'T' or (byte)' ') || s.Length < 16 || s[13] != ':') return TryFallback(s, out unixMs);
        if (!Digits(s, 11, 2, out var hour) || !Digits(s, 14, 2, out var minute) || hour > 23 || minute > 59) return false;
        ticks += hour * TimeSpan.TicksPerHour + minute * TimeSpan.TicksPerMinute;
        var i = 16;
        if (i < s.Length && s[i] == ':')
        {
            if (!Digits(s, 17, 2, out var second) || second > 59) return false;
            ticks += second * TimeSpan.TicksPerSecond;
            i = 19;
            if (i < s.Length && s[i] is (byte)'.' or (byte)',')
            {
                i++;
                long fraction = 0;
                var digits = 0;
                while (i < s.Length && IsDigit(s[i]))
                {
                    if (digits < 7) { fraction = fraction * 10 + (s[i] - '0'); digits++; }
                    i++;
                }
                if (digits == 0) return false;
                for (var d = digits; d < 7; d++) fraction *= 10;
                ticks += fraction;
            }
        }
        if (i < s.Length)
        {
            if (s[i] is (byte)'Z' or (byte)'z' && i == s.Length - 1) { }
            else if (s[i] is (byte)'+' or (byte)'-' && s.Length - i == 6 && s[i + 3] == ':' && Digits(s, i + 1, 2, out var oh) && Digits(s, i + 4, 2, out var om))
            {
                var offset = oh * TimeSpan.TicksPerHour + om * TimeSpan.TicksPerMinute;
                ticks += s[i] == '+' ? -offset : offset;
            }
            else return false;
        }
        unixMs = (ticks - EpochTicks) / TimeSpan.TicksPerMillisecond;
        return true;
    }

    private static bool TryEpoch(ReadOnlySpan<byte> s, out long unixMs)
    {
        unixMs = 0;
        if (!System.Buffers.Text.Utf8Parser.TryParse(s, out double value, out var consumed) || consumed != s.Length || !double.IsFinite(value)) return false;
        var magnitude = Math.Abs(value);
        var ms = magnitude < 1e11 ? value * 1000 : magnitude < 1e14 ? value : magnitude < 1e17 ? value / 1000 : value / 1_000_000;
        if (ms is > 253_402_300_799_000 or < -62_135_596_800_000) return false;
        unixMs = (long)Math.Round(ms);
        return true;
    }

    /// <summary><c>yyyyMMdd</c> (common in vendor files) for years 1900-2199; as epoch seconds those eight digits
    /// would all fall in 1970-1976, which no 8-digit epoch file means.</summary>
    private static bool TryCompactDate(ReadOnlySpan<byte> s, out long unixMs)
    {
        unixMs = 0;
        if (!Digits(s, 0, 4, out var year) || !Digits(s, 4, 2, out var month) || !Digits(s, 6, 2, out var day)) return false;
        if (year is < 1900 or > 2199 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        unixMs = (new DateTime(year, month, day).Ticks - EpochTicks) / TimeSpan.TicksPerMillisecond;
        return true;
    }

    /// <summary><c>Jan 1 2000</c> or <c>Jan 01 2000</c> (the sample monthly file's layout).</summary>
    private static bool TryMonthName(ReadOnlySpan<byte> s, out long unixMs)
    {
        unixMs = 0;
        if (s.Length < 10 || s[3] != ' ') return false;
        var month = -1;
        for (var m = 0; m < 12; m++)
            if ((s[0] | 0x20) == Months[m][0] && (s[1] | 0x20) == Months[m][1] && (s[2] | 0x20) == Months[m][2]) month = m + 1;
        if (month < 0) return false;
        var space = s[4..].IndexOf((byte)' ');
        if (space <= 0 || !Digits(s, 4, space, out var day) || !Digits(s, 5 + space, s.Length - 5 - space, out var year)) return false;
        if (year is < 1 or > 9999 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        unixMs = (new DateTime(year, month, day).Ticks - EpochTicks) / TimeSpan.TicksPerMillisecond;
        return true;
    }

    private static bool TryFallback(ReadOnlySpan<byte> s, out long unixMs)
    {
        unixMs = 0;
        if (s.Length > 64) return false;
        if (!DateTime.TryParse(Encoding.UTF8.GetString(s), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time)) return false;
        unixMs = (time.Ticks - EpochTicks) / TimeSpan.TicksPerMillisecond;
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> s, int start, int length, out int value)
    {
        value = 0;
        if (length <= 0 || length > 9 || start + length > s.Length) return false;
        for (var i = start; i < start + length; i++)
        {
            if (!IsDigit(s[i])) return false;
            value = value * 10 + (s[i] - '0');
        }
        return true;
    }

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    private static bool IsLetter(byte b) => (uint)((b | 0x20) - 'a') <= 25;
}
