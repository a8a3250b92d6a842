using System.CommandLine;
using Hive.Actors.Security;

namespace Hive.Cluster.Commands;

/// <summary>`hive cert create DIR`: a private CA for the cluster (made once, kept in DIR) and certificates it signs for nodes,
/// usable for a node's HTTPS (<c>--tls-cert</c>) and for remoting TLS (<c>--remote-tls-cert</c>); no openssl needed.</summary>
public static class CertCommand
{
    public const string AuthorityCertificate = "ca.crt";
    public const string AuthorityKey = "ca.key";

    public static Command Create()
    {
        var folder = new Argument<string>("dir") { Description = "Folder for ca.crt, ca.key (mode 0600) and NAME.crt, NAME.key; created if missing." };
        var node = new Option<string?>("--node") { Description = "Also issue a certificate named NAME (files NAME.crt, NAME.key) signed by the folder's CA." };
        var hosts = new Option<string>("--hosts") { Description = "Comma-separated host names and IP addresses the node certificate is valid for.", DefaultValueFactory = _ => "localhost,127.0.0.1" };
        var days = new Option<int>("--days") { Description = "Validity in days (the CA's, when it is made, and the node's).", DefaultValueFactory = _ => 825 };
        var caName = new Option<string>("--ca-name") { Description = "Subject of a new CA.", DefaultValueFactory = _ => "Hive Cluster CA" };
        var create = new Command("create", """
            Make the cluster's CA in DIR (once: an existing ca.crt/ca.key is reused) and, with --node, a certificate it signs.
            Give every node its own certificate; give clients (hive ctl --ca) and nodes (--remote-tls-ca) ca.crt; keep ca.key
            off the nodes. Example:
              hive cert create certs --node node-1 --hosts node-1.internal,10.0.0.5
              hive node --tls-cert certs/node-1.crt --tls-key certs/node-1.key \
                        --remote-tls-cert certs/node-1.crt --remote-tls-key certs/node-1.key --remote-tls-ca certs/ca.crt
            """) { folder, node, hosts, days, caName };
        create.SetAction(parse =>
        {
            try
            {
                var written = Write(parse.GetValue(folder)!, parse.GetValue(node), parse.GetValue(hosts)!, parse.GetValue(days), parse.GetValue(caName)!);
                foreach (var file in written) parse.InvocationConfiguration.Output.WriteLine(file);
                return 0;
            }
            catch (CertificateFileException e)
            {
                parse.InvocationConfiguration.Error.WriteLine($"hive cert: {e.Message}");
                return 2;
            }
        });
        var cert = new Command("cert", "Certificates for HTTPS and remoting TLS: a private CA and node certificates.");
        cert.Subcommands.Add(create);
        return cert;
    }

    /// <summary>Writes what is missing and answers the files written.</summary>
    public static IReadOnlyList<string> Write(string folder, string? node, string hosts, int days, string caName)
    {
        if (days < 1) throw new CertificateFileException($"--days must be at least 1, got {days}");
        if (node is not null && (node.Length == 0 || !node.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') || node.StartsWith('.')))
            throw new CertificateFileException($"--node '{node}' must be letters, digits, '-', '_' and '.' (it names the files)");
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        var caCertificate = Path.Combine(folder, AuthorityCertificate);
        var caKey = Path.Combine(folder, AuthorityKey);
        var now = DateTimeOffset.UtcNow;
        if (!File.Exists(caCertificate))
        {
            using var made = CertificateMaker.CreateAuthority(caName, now.AddMinutes(-5), now.AddDays(days));
            CertificateMaker.WritePem(made, caCertificate, caKey);
            written.AddRange([caCertificate, caKey]);
        }
        if (node is null) return written;

        var certificate = Path.Combine(folder, $"{node}.crt");
        var key = Path.Combine(folder, $"{node}.key");
        if (File.Exists(certificate) || File.Exists(key)) throw new CertificateFileException($"'{certificate}' or '{key}' exists already; remove both to issue a new one");
        var names = hosts.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0) throw new CertificateFileException("--hosts names no host");
        using var authority = CertificateFiles.LoadWithKey(caCertificate, caKey, null);
        using var issued = CertificateMaker.Issue(authority, node, names, now.AddMinutes(-5), now.AddDays(days));
        CertificateMaker.WritePem(issued, certificate, key);
        written.AddRange([certificate, key]);
        return written;
    }
}
