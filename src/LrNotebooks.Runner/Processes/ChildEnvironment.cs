namespace LrNotebooks.Runner.Processes;

/// <summary>
/// Environment for the processes the runner starts: no telemetry banner; no MSBuild variables
/// inherited from an outer <c>dotnet run</c>/<c>dotnet test</c>, which would point nested builds
/// (and the kernel's own NuGet restores) at the wrong MSBuild; and no build servers or reused
/// MSBuild nodes, which would outlive the run (they detach from the process tree the runner ends).
/// </summary>
internal static class ChildEnvironment
{
    /// <summary>Set in every kernel process (and inherited by its children) to the run's id.</summary>
    public const string RunIdVariable = "LRNOTEBOOKS_RUN_ID";

    /// <summary>Set to 1 for the kernels of a solutions run; LrNotebooks.Course reads it (SolutionsMode.Variable).</summary>
    public const string SolutionsVariable = "LRNOTEBOOKS_SOLUTIONS";

    private static readonly string[] Removed = ["MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly"];

    /// <summary>Applies the runner's environment to <paramref name="environment"/>.</summary>
    public static void Apply(IDictionary<string, string?> environment, string runId, bool solutions = false)
    {
        foreach (var name in Removed)
            environment.Remove(name);
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["MSBUILDDISABLENODEREUSE"] = "1";
        environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        environment["UseSharedCompilation"] = "false";
        environment[RunIdVariable] = runId;
        // Only a solutions run fills in the answers: a variable left in the caller's shell must not leak into a normal run.
        if (solutions)
            environment[SolutionsVariable] = "1";
        else
            environment.Remove(SolutionsVariable);
    }
}
