namespace Hive.Core.Security;

/// <summary>Roles as the API and `hive ctl` spell them: <c>viewer</c>, <c>trader</c>, <c>risk</c>, <c>market-data</c>, <c>admin</c>.</summary>
public static class RoleNames
{
    public static string Of(ApiRole role) => role switch
    {
        ApiRole.MarketData => "market-data",
        _ => role.ToString().ToLowerInvariant(),
    };

    public static bool TryParse(string? text, out ApiRole role)
    {
        role = ApiRole.Viewer;
        foreach (var candidate in Enum.GetValues<ApiRole>())
            if (string.Equals(Of(candidate), text, StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        return false;
    }

    public static string All => string.Join(", ", Enum.GetValues<ApiRole>().Select(Of));
}
