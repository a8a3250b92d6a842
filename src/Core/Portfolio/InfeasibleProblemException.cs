namespace Hive.Core.Portfolio;

/// <summary>Thrown when constraints leave no feasible point; the message says which were being enforced.</summary>
public sealed class InfeasibleProblemException(string message) : ArgumentException(message);
