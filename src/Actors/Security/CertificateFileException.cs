namespace Hive.Actors.Security;

/// <summary>A certificate, key or password file that cannot be used; the message names the file and what is wrong with it.</summary>
public sealed class CertificateFileException(string message, Exception? inner = null) : Exception(message, inner);
