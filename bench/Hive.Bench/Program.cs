using BenchmarkDotNet.Running;

namespace Hive.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Hive.Bench -- [suite] [BenchmarkDotNet args]`.
/// Custom load generators register themselves in <see cref="LoadGenerators"/>; anything else goes to BenchmarkDotNet.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && LoadGenerators.TryGet(args[0], out var run))
            return await run(args[1..]);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
