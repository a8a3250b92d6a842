namespace Hive.Core.Domain;

/// <summary>A command, event or reply of the Hive protocol.</summary>
public interface IHiveMessage : IHiveSerializable;
