using System.Text.Json.Serialization;

namespace Hive.Core.Ids;

/// <summary>An instrument at a venue, written <c>VENUE:SYMBOL</c> (e.g. <c>SIM:SPX</c>, <c>SIMX:BTC-USDT</c>).
/// It is also the instrument entity's id in the cluster.</summary>
[JsonConverter(typeof(StringIdJsonConverter<InstrumentId>))]
public readonly record struct InstrumentId(string Venue, string Symbol) : IStringId<InstrumentId>
{
    public override string ToString() => $"{Venue}:{Symbol}";

    public static InstrumentId Parse(string text) =>
        TryParse(text, out var id, out var error) ? id : throw new FormatException(error);

    public static bool TryParse(string? text, out InstrumentId id, out string error)
    {
        id = default;
        if (string.IsNullOrWhiteSpace(text)) { error = "instrument id is empty; expected VENUE:SYMBOL"; return false; }
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon == text.Length - 1 || text.IndexOf(':', colon + 1) >= 0)
        {
            error = $"instrument id '{text}' is not of the form VENUE:SYMBOL";
            return false;
        }
        var venue = text[..colon];
        var symbol = text[(colon + 1)..];
        if (!IdText.IsValid(venue) || !IdText.IsValid(symbol))
        {
            error = $"instrument id '{text}' has characters other than letters, digits, '-', '_' and single '.' not first";
            return false;
        }
        id = new InstrumentId(venue.ToUpperInvariant(), symbol.ToUpperInvariant());
        error = "";
        return true;
    }
}
