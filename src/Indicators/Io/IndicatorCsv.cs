using System.Globalization;
using Hive.Indicators.Registry;

namespace Hive.Indicators.Io;

/// <summary>Writes an indicator result as CSV: date, then one column per output; cells in the lookback are empty.</summary>
public static class IndicatorCsv
{
    public static void Write(TextWriter writer, IReadOnlyList<string> dates, IndicatorResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.Write("date");
        foreach (var output in result.Outputs) writer.Write("," + output.Name);
        writer.WriteLine();
        for (var i = 0; i < dates.Count; i++)
        {
            writer.Write(dates[i]);
            foreach (var output in result.Outputs)
            {
                writer.Write(',');
                if (i < result.FirstValidIndex) continue;
                writer.Write(output.Real is not null
                    ? output.Real[i].ToString("G17", CultureInfo.InvariantCulture)
                    : output.Integer![i].ToString(CultureInfo.InvariantCulture));
            }
            writer.WriteLine();
        }
    }
}
