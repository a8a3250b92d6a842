namespace Hive.Core.Portfolio;

/// <summary>A sector or other group of assets (indexes into the universe) whose total weight must lie in [Lower, Upper].</summary>
public sealed record AssetGroup(string Name, int[] Members, double Lower, double Upper);
