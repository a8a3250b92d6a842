using Hive.Actors.ReadModel;

namespace Hive.Actors.Surveillance;

/// <summary>
/// The surveillance tables, beside the read tables in the node's database but not among them: a rebuild of the read side
/// empties the orders and fills the alerts were found in, not the alerts, and not the owners map (which nothing else holds).
/// <c>accounts</c> holds the alert's accounts as <c>;a;b;</c>, so one account's alerts are a <c>LIKE '%;a;%'</c>.
/// </summary>
public static class SurveillanceSql
{
    public const string AlertColumns =
        "alert_id, detector, accounts, instrument, scope, from_at, to_at, statistic_name, statistic, summary, evidence, figures, detected_at";

    public static IReadOnlyList<string> Schema(ReadModelDialect dialect) =>
    [
        $"""
         CREATE TABLE IF NOT EXISTS surveillance_alerts (
           alert_id TEXT NOT NULL PRIMARY KEY, detector TEXT NOT NULL, accounts TEXT NOT NULL, instrument TEXT NULL, scope TEXT NOT NULL,
           from_at BIGINT NOT NULL, to_at BIGINT NOT NULL, statistic_name TEXT NOT NULL, statistic {dialect.DecimalType} NOT NULL,
           summary TEXT NOT NULL, evidence TEXT NOT NULL, figures TEXT NOT NULL, detected_at BIGINT NOT NULL)
         """,
        "CREATE INDEX IF NOT EXISTS surveillance_alerts_newest ON surveillance_alerts (detected_at, alert_id)",
        "CREATE INDEX IF NOT EXISTS surveillance_alerts_by_detector ON surveillance_alerts (detector, detected_at, alert_id)",
        "CREATE TABLE IF NOT EXISTS surveillance_owners (account_id TEXT NOT NULL PRIMARY KEY, owner TEXT NOT NULL, updated_at BIGINT NOT NULL)",
    ];
}
