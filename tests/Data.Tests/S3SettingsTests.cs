using Hive.Data.Storage;

namespace Hive.Data.Tests;

public sealed class S3SettingsTests
{
    [Fact]
    public void Explicit_values_win_over_environment_variables_and_path_style_follows_the_endpoint()
    {
        Environment.SetEnvironmentVariable("HIVE__S3__REGION", "eu-west-3");
        Environment.SetEnvironmentVariable("HIVE__S3__ACCESSKEY", "env-key");
        try
        {
            var fromEnv = S3Settings.FromEnvironment(endpoint: "http://127.0.0.1:9000");
            Assert.Equal(("eu-west-3", "env-key", true), (fromEnv.Region, fromEnv.AccessKey, fromEnv.ForcePathStyle));
            var explicitValues = S3Settings.FromEnvironment(endpoint: "http://127.0.0.1:9000", region: "us-west-2", accessKey: "k", secretKey: "s", forcePathStyle: false);
            Assert.Equal(("us-west-2", "k", "s", false), (explicitValues.Region, explicitValues.AccessKey, explicitValues.SecretKey, explicitValues.ForcePathStyle));
        }
        finally
        {
            Environment.SetEnvironmentVariable("HIVE__S3__REGION", null);
            Environment.SetEnvironmentVariable("HIVE__S3__ACCESSKEY", null);
        }
    }

    [Fact]
    public void The_secret_key_never_appears_in_the_settings_text() =>
        Assert.DoesNotContain("top-secret", new S3Settings("http://x", "us-east-1", "key", "top-secret", true).ToString());
}
