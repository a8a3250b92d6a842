namespace Hive.Cluster.Node;

/// <summary>A setting is wrong; the message names it and what was expected.</summary>
public sealed class OptionsException(string message) : Exception(message);
