using System.Text.Json;
using System.Web;

namespace Hive.Cluster.Alerts;

/// <summary>One configured alert webhook: where it posts and in which shape.</summary>
public sealed record Webhook(WebhookFormat Format, Uri Url)
{
    /// <summary>Parses <c>format=url</c> entries, comma-separated (<see cref="Node.NodeOptions.AlertWebhooks"/>); the error
    /// names the entry and what is wrong with it.</summary>
    public static IReadOnlyList<Webhook> ParseAll(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Parse).ToList();

    private static Webhook Parse(string entry)
    {
        var equals = entry.IndexOf('=');
        if (equals <= 0) throw new FormatException($"'{entry}' is not format=url (json, slack or telegram)");
        if (!Enum.TryParse<WebhookFormat>(entry[..equals], ignoreCase: true, out var format) || !Enum.IsDefined(format))
            throw new FormatException($"'{entry[..equals]}' is not a webhook format (json, slack or telegram)");
        if (!Uri.TryCreate(entry[(equals + 1)..], UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            throw new FormatException($"'{entry[(equals + 1)..]}' is not an http(s) URL");
        if (format == WebhookFormat.Telegram && string.IsNullOrEmpty(HttpUtility.ParseQueryString(url.Query)["chat_id"]))
            throw new FormatException($"the telegram webhook {url} needs ?chat_id=... (the chat the bot writes to)");
        return new Webhook(format, url);
    }

    /// <summary>The body this webhook posts for an alert.</summary>
    public string Body(Alert alert)
    {
        var text = $"[hive] {alert.Kind}: {alert.Subject}: {alert.Message}";
        object body = Format switch
        {
            WebhookFormat.Slack => new { text },
            WebhookFormat.Telegram => new Dictionary<string, string> { ["chat_id"] = HttpUtility.ParseQueryString(Url.Query)["chat_id"]!, ["text"] = text },
            _ => new { kind = alert.Kind, subject = alert.Subject, message = alert.Message, at = alert.At },
        };
        return JsonSerializer.Serialize(body);
    }
}
