namespace Hive.Core.Portfolio;

/// <summary>The equally weighted <see cref="Long"/> assets out-return the equally weighted <see cref="Short"/> ones by <see cref="Return"/> a year.</summary>
public sealed record RelativeView(IReadOnlyList<string> Long, IReadOnlyList<string> Short, double Return);
