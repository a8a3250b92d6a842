namespace Hive.Actors.Tests.Persistence;

/// <summary>An event the specs' serializer refuses to write.</summary>
public sealed record Unserializable(string Value);

/// <summary>A payload the specs' serializer writes but refuses to read back.</summary>
public sealed record Undeserializable(string Value);

/// <summary>An event the specs' event adapter tags with its colour.</summary>
public sealed record Coloured(string Colour, int Value);
