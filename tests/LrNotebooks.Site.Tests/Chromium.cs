namespace LrNotebooks.Site.Tests;

/// <summary>Where the browser tests find Chromium, and what they do when it is missing.</summary>
public static class Chromium
{
    /// <summary>Debian's Chromium (installed by .ci/run); CHROMIUM_PATH overrides it.</summary>
    public static string ExecutablePath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>
    /// Skips the calling test when Chromium is not installed on a developer machine; under CI (CI=true)
    /// a missing browser is a failure, so the browser tests can never silently stop running there.
    /// </summary>
    public static void RequireOrSkip()
    {
        if (File.Exists(ExecutablePath))
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            throw new InvalidOperationException($"CI=true but Chromium is not installed at {ExecutablePath}; .ci/run installs the Debian chromium package.");
        }

        Skip.If(true, $"Chromium is not installed at {ExecutablePath} (apt-get install chromium, or set CHROMIUM_PATH); browser tests need it.");
    }
}
