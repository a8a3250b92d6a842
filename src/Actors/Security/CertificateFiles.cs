using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Hive.Actors.Security;

/// <summary>Reads the certificates a node serves HTTPS and remoting TLS with: PEM (a certificate file and its key file, or
/// both in one file) or PKCS#12 (.pfx/.p12, with its password). Passwords come from the environment or a file, never from
/// a flag, which every user of the machine can read in <c>ps</c>.</summary>
public static class CertificateFiles
{
    /// <summary>A certificate with its private key: PEM when a key file is given or the file is PEM text, else PKCS#12.</summary>
    public static X509Certificate2 LoadWithKey(string certificateFile, string? keyFile, string? password)
    {
        Require(certificateFile, "certificate");
        if (keyFile is not null) Require(keyFile, "key");
        try
        {
            if (keyFile is null && !IsPem(certificateFile))
                return X509CertificateLoader.LoadPkcs12FromFile(certificateFile, password, X509KeyStorageFlags.Exportable);
            var pem = password is null
                ? X509Certificate2.CreateFromPemFile(certificateFile, keyFile)
                : X509Certificate2.CreateFromEncryptedPemFile(certificateFile, password, keyFile);
            // SslStream needs the key in a form the platform's TLS stack can use (an ephemeral PEM key is not, on Windows).
            using (pem) return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null, X509KeyStorageFlags.Exportable);
        }
        catch (CryptographicException e)
        {
            throw new CertificateFileException($"'{certificateFile}'{(keyFile is null ? "" : $" with key '{keyFile}'")} is not a usable " +
                                               $"certificate and private key (PEM, or PKCS#12 with its password): {e.Message}", e);
        }
    }

    /// <summary>The certificates of a CA file (PEM, one or more), the trust anchors a peer's certificate must chain to.</summary>
    public static X509Certificate2Collection LoadAuthority(string file)
    {
        Require(file, "CA certificate");
        var authority = new X509Certificate2Collection();
        try
        {
            if (IsPem(file)) authority.ImportFromPemFile(file);
            else authority.Add(X509CertificateLoader.LoadCertificateFromFile(file));
        }
        catch (CryptographicException e)
        {
            throw new CertificateFileException($"CA file '{file}' is not a certificate (PEM or DER): {e.Message}", e);
        }
        return authority.Count > 0 ? authority : throw new CertificateFileException($"CA file '{file}' holds no certificate");
    }

    /// <summary>A password given in the environment (<paramref name="value"/>) or in <paramref name="file"/>; null when neither.</summary>
    public static string? Password(string? value, string? file)
    {
        if (!string.IsNullOrEmpty(value)) return value;
        if (string.IsNullOrWhiteSpace(file)) return null;
        Require(file, "password");
        return File.ReadAllText(file).TrimEnd('\r', '\n');
    }

    private static bool IsPem(string file)
    {
        using var reader = new StreamReader(file);
        var start = new char[64];
        var read = reader.ReadBlock(start);
        return new string(start, 0, read).TrimStart().StartsWith("-----BEGIN", StringComparison.Ordinal);
    }

    private static void Require(string file, string what)
    {
        if (!File.Exists(file)) throw new CertificateFileException($"{what} file '{file}' does not exist");
    }
}
