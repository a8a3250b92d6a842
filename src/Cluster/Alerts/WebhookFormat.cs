namespace Hive.Cluster.Alerts;

/// <summary>The body shapes a webhook can take.</summary>
public enum WebhookFormat
{
    /// <summary><c>{"kind","subject","message","at"}</c>.</summary>
    Json,
    /// <summary>Slack's incoming webhooks: <c>{"text"}</c>.</summary>
    Slack,
    /// <summary>Telegram's <c>sendMessage</c>: <c>{"chat_id","text"}</c>, the chat id taken from the URL's <c>chat_id</c>.</summary>
    Telegram,
}
