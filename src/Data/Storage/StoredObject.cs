namespace Hive.Data.Storage;

public sealed record StoredObject(string Key, long Size);
