namespace Hive.Data.Tests;

/// <summary>Locates files of the repository (the folder holding Cluster.sln) and makes throwaway folders.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Sample(string name) => Path.Combine(RepoRoot, "sample-data", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Cluster.sln"))) return dir.FullName;
        throw new InvalidOperationException("Cluster.sln not found above " + AppContext.BaseDirectory);
    }
}
