using System.Buffers.Binary;
using System.IO.Compression;

namespace Hive.Cluster.Tests.Reports;

/// <summary>
/// Just enough of a PNG decoder to read a browser screenshot (8-bit RGB or RGBA, not interlaced) into pixels, so a
/// test can tell a drawn page from a blank one without an imaging package.
/// </summary>
internal sealed record PngPixels(int Width, int Height, byte[] Rgb)
{
    public static PngPixels Decode(byte[] png)
    {
        ReadOnlySpan<byte> signature = [137, 80, 78, 71, 13, 10, 26, 10];
        if (!png.AsSpan(0, 8).SequenceEqual(signature)) throw new InvalidDataException("not a PNG");
        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                if (data[8] != 8 || data[12] != 0) throw new InvalidDataException($"only 8-bit non-interlaced PNGs (depth {data[8]}, interlace {data[12]})");
                channels = data[9] switch { 2 => 3, 6 => 4, _ => throw new InvalidDataException($"colour type {data[9]} not supported") };
            }
            else if (type == "IDAT") idat.Write(data);
            else if (type == "IEND") break;
            at += 12 + length;
        }

        idat.Position = 0;
        using var inflate = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflate.CopyTo(raw);
        var bytes = raw.ToArray();
        var stride = width * channels;
        var current = new byte[stride];
        var previous = new byte[stride];
        var rgb = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            var filter = bytes[y * (stride + 1)];
            Array.Copy(bytes, y * (stride + 1) + 1, current, 0, stride);
            for (var i = 0; i < stride; i++)
            {
                int a = i >= channels ? current[i - channels] : 0, b = previous[i], c = i >= channels ? previous[i - channels] : 0;
                current[i] = (byte)(current[i] + filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"PNG filter {filter}"),
                });
            }

            for (var x = 0; x < width; x++)
                Array.Copy(current, x * channels, rgb, (y * width + x) * 3, 3);
            (previous, current) = (current, previous);
        }

        return new PngPixels(width, height, rgb);
    }

    /// <summary>Variance of the grey level over all pixels: 0 for a blank page.</summary>
    public double LuminanceVariance()
    {
        double sum = 0, sumSq = 0;
        var n = Width * Height;
        for (var i = 0; i < n; i++)
        {
            var l = 0.299 * Rgb[i * 3] + 0.587 * Rgb[i * 3 + 1] + 0.114 * Rgb[i * 3 + 2];
            sum += l;
            sumSq += l * l;
        }

        var mean = sum / n;
        return sumSq / n - mean * mean;
    }

    public int DistinctColours() =>
        Enumerable.Range(0, Width * Height).Select(i => (Rgb[i * 3] << 16) | (Rgb[i * 3 + 1] << 8) | Rgb[i * 3 + 2]).Distinct().Count();

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
