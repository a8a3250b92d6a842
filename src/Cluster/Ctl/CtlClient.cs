using System.Net;
using System.Text.Json;
using Hive.Actors.Security;
using Hive.Cluster.Node;

namespace Hive.Cluster.Ctl;

/// <summary>HTTP client of a node's management endpoint. Failures become <see cref="CtlException"/>s
/// carrying the exit code and a message a person can act on.</summary>
public sealed class CtlClient : IDisposable
{
    public const string DefaultNode = "127.0.0.1:5080";
    private readonly HttpClient _http;

    private readonly ServerCertificateCheck _certificates;

    /// <summary>A client of <paramref name="node"/> (host:port, or a URL); with <paramref name="caFile"/> the node's HTTPS
    /// certificate must be signed by that CA, and a bare host:port means https.</summary>
    public CtlClient(string node, string? token, TimeSpan? timeout = null, string? caFile = null)
    {
        _certificates = new ServerCertificateCheck(caFile is null ? null : LoadAuthority(caFile), caFile);
        Node = node.Contains("://", StringComparison.Ordinal) ? node.TrimEnd('/') : $"{(caFile is null ? "http" : "https")}://{node}";
        var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, chain, errors) => _certificates.Validate(certificate, chain, errors);
        _http = new HttpClient(handler) { BaseAddress = new Uri(Node + "/"), Timeout = timeout ?? TimeSpan.FromSeconds(15) };
        if (token is not null) _http.DefaultRequestHeaders.Add(AdminToken.Header, token);
    }

    public string Node { get; }

    /// <summary>The key from the --token-file file, HIVE_API_KEY (or HIVE_ADMIN_TOKEN, HIVE__ADMINTOKEN), or DATA_DIR/admin.token
    /// (default ./data).</summary>
    public static string? ResolveToken(string? file, string? dataDir)
    {
        if (!string.IsNullOrWhiteSpace(file))
            return File.Exists(file) ? File.ReadAllText(file).Trim() : throw new CtlException(CtlExit.Usage, $"--token-file '{file}' does not exist");
        var env = Environment.GetEnvironmentVariable("HIVE_API_KEY") ?? Environment.GetEnvironmentVariable("HIVE_ADMIN_TOKEN")
            ?? Environment.GetEnvironmentVariable("HIVE__ADMINTOKEN");
        if (!string.IsNullOrWhiteSpace(env)) return env.Trim();
        var bootstrap = Path.Combine(dataDir ?? "data", AdminToken.FileName);
        return File.Exists(bootstrap) ? File.ReadAllText(bootstrap).Trim() : null;
    }

    public async Task<JsonElement> GetAsync(string path, CancellationToken ct = default) => (await SendAsync(HttpMethod.Get, path, null, false, ct))!.Value;

    /// <summary>Like <see cref="GetAsync"/>, but a 404 answers null (for something that may not be readable yet).</summary>
    public Task<JsonElement?> GetIfFoundAsync(string path, CancellationToken ct = default) => SendAsync(HttpMethod.Get, path, null, true, ct);

    public async Task<JsonElement> PostAsync(string path, object? body, CancellationToken ct = default) => (await SendAsync(HttpMethod.Post, path, body, false, ct))!.Value;

    public async Task<JsonElement> PutAsync(string path, object? body, CancellationToken ct = default) => (await SendAsync(HttpMethod.Put, path, body, false, ct))!.Value;

    /// <summary>Streams newline-delimited JSON until the server ends or <paramref name="ct"/> fires.</summary>
    public async IAsyncEnumerable<JsonElement> StreamAsync(string path, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        _http.Timeout = Timeout.InfiniteTimeSpan;
        HttpResponseMessage response;
        try
        {
            response = await _http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, ct);
        }
        catch (HttpRequestException e)
        {
            throw Unreachable(e);
        }

        await EnsureSuccessAsync(response, ct);
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        using var reader = new StreamReader(stream);
        while (!ct.IsCancellationRequested)
        {
            string? line;
            try { line = await reader.ReadLineAsync(ct); }
            catch (OperationCanceledException) { yield break; }
            if (line is null) yield break;
            if (line.Length > 0) yield return JsonDocument.Parse(line).RootElement.Clone();
        }
    }

    private async Task<JsonElement?> SendAsync(HttpMethod method, string path, object? body, bool notFoundIsNull, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path);
        // Serialized up front so the request carries a Content-Length (JsonContent would be sent chunked).
        if (body is not null)
            request.Content = new StringContent(JsonSerializer.Serialize(body, JsonSerializerOptions.Web), System.Text.Encoding.UTF8, "application/json");
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, ct);
        }
        catch (HttpRequestException e)
        {
            throw Unreachable(e);
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new CtlException(CtlExit.Unreachable, $"node {Node} did not answer within {_http.Timeout.TotalSeconds:0} s");
        }

        if (notFoundIsNull && response.StatusCode == HttpStatusCode.NotFound) return null;
        await EnsureSuccessAsync(response, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        return text.Length == 0 ? default(JsonElement) : JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.IsSuccessStatusCode) return;
        var text = await response.Content.ReadAsStringAsync(ct);
        string message = text;
        try
        {
            using var doc = JsonDocument.Parse(text);
            if (doc.RootElement.TryGetProperty("message", out var m)) message = $"{m.GetString()} ({doc.RootElement.GetProperty("code").GetString()})";
        }
        catch (JsonException)
        {
            // not our JSON error shape: show the raw text
        }

        var exit = response.StatusCode == HttpStatusCode.Unauthorized ? CtlExit.Unauthorized : CtlExit.Failed;
        throw new CtlException(exit, $"node {Node} answered {(int)response.StatusCode}: {message}");
    }

    private CtlException Unreachable(HttpRequestException e) => _certificates.Problem is { } problem
        ? new(CtlExit.Unreachable, $"refused node {Node}'s HTTPS certificate: {problem}; {_certificates.Advice}")
        : new(CtlExit.Unreachable, $"cannot reach node {Node}: {e.Message}. Is `hive node` running there (its --http-port)? " +
                                   "A node started with --tls-cert is at https://host:port.");

    private static PrivateCa LoadAuthority(string file)
    {
        try
        {
            return new PrivateCa(CertificateFiles.LoadAuthority(file));
        }
        catch (CertificateFileException e)
        {
            throw new CtlException(CtlExit.Usage, $"--ca: {e.Message}");
        }
    }

    public void Dispose() => _http.Dispose();
}
