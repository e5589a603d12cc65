using LrNotebooks.Runner.Tests.Support;
using LrNotebooks.Runner;

namespace LrNotebooks.Runner.Tests;

/// <summary>Bad usage, bad notebooks and a broken environment: clear message, documented exit code, no kernel left.</summary>
public sealed class RunnerInputTests
{
    [Fact]
    public async Task Help_prints_usage_options_and_exit_codes()
    {
        var (exitCode, output) = await RunnerCall.RunArgsAsync("--help");
        Assert.Equal(ExitCodes.Ok, exitCode);
        foreach (var text in new[] { "Usage:", "--notebooks", "--output", "--timeout", "--no-build", "Exit codes:", "130" })
            Assert.Contains(text, output);
    }

    [Theory]
    [InlineData("--bogus", "unknown option '--bogus'")]
    [InlineData("--bogus=1", "unknown option '--bogus'")]
    [InlineData("--no-site=no", "--no-site takes no value")]
    [InlineData("stray", "unexpected argument 'stray'")]
    [InlineData("--timeout 0", "--timeout must be a number of seconds")]
    [InlineData("--timeout abc", "--timeout must be a number of seconds")]
    [InlineData("--notebooks", "--notebooks needs at least one")]
    public async Task Bad_usage_exits_2_and_says_what_is_wrong(string args, string message)
    {
        var (exitCode, output) = await RunnerCall.RunArgsAsync(args.Split(' '));
        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains(message, output);
        Assert.Contains("--help", output);
    }

    [Fact]
    public async Task A_pattern_that_matches_nothing_exits_2_and_lists_the_notebooks()
    {
        using var repository = new FakeRepository();
        TestNotebook.Write(repository.Notebook("01-first.ipynb"), ["1"]);
        var (report, output) = await RunnerCall.RunAsync("--root", repository.Root, "--notebooks", "9*");
        Assert.Equal(ExitCodes.BadInput, report.ExitCode);
        Assert.Contains("--notebooks '9*' matches no notebook", output);
        Assert.Contains("01-first", output);
    }

    [Fact]
    public async Task No_notebooks_at_all_exits_2()
    {
        using var repository = new FakeRepository();
        var (report, output) = await RunnerCall.RunAsync("--root", repository.Root);
        Assert.Equal(ExitCodes.BadInput, report.ExitCode);
        Assert.Contains("there are no notebooks", output);
    }

    [Fact]
    public async Task A_root_that_does_not_exist_exits_2()
    {
        var (report, output) = await RunnerCall.RunAsync("--root", "/no/such/folder");
        Assert.Equal(ExitCodes.BadInput, report.ExitCode);
        Assert.Contains("--root '/no/such/folder' is not a directory", output);
    }

    [Theory]
    [InlineData("{ not json", "is not valid JSON")]
    [InlineData("[]", "the top-level JSON value is not an object")]
    [InlineData("""{"cells": []}""", "'nbformat' is missing")]
    [InlineData("""{"nbformat": 3, "cells": []}""", "is nbformat 3; only nbformat 4 is supported")]
    [InlineData("""{"nbformat": 4, "metadata": {}}""", "has no 'cells' array")]
    [InlineData("""{"nbformat": 4, "cells": [{"cell_type": "code"}]}""", "cell 1 has no 'source'")]
    [InlineData("""{"nbformat": 4, "cells": [{"cell_type": "python", "source": ""}]}""", "cell 1 has no valid 'cell_type'")]
    [InlineData("""{"nbformat": 4, "cells": [], "metadata": {"lrnotebooks": {"expect": {"chart": 1}}}}""", "unknown key 'chart'")]
    public async Task A_malformed_notebook_exits_2_naming_the_file_and_problem_before_any_kernel_starts(string json, string problem)
    {
        using var repository = new FakeRepository();
        TestNotebook.Write(repository.Notebook("01-good.ipynb"), ["1"]);
        File.WriteAllText(repository.Notebook("02-bad.ipynb"), json);
        var (report, output) = await RunnerCall.RunAsync("--root", repository.Root);
        Assert.Equal(ExitCodes.BadInput, report.ExitCode);
        Assert.Contains($"{repository.Notebook("02-bad.ipynb")}: ", output);
        Assert.Contains(problem, output);
        Assert.Empty(report.Notebooks);
        Assert.DoesNotContain("kernel started", output);
    }

    [Fact]
    public async Task An_unbuilt_library_with_no_build_exits_3_with_the_build_command()
    {
        using var repository = new FakeRepository(withLibrary: false);
        await AssertEnvironmentProblemAsync(repository, ["--no-build"],
            "LrNotebooks.Course is not built", "Run: dotnet build src/LrNotebooks.Course -c Release (or drop --no-build)");
    }

    [Fact]
    public async Task A_failing_library_build_exits_3_with_the_build_command()
    {
        using var repository = new FakeRepository(withLibrary: false);
        await AssertEnvironmentProblemAsync(repository, [], "building LrNotebooks.Course failed", "dotnet build src/LrNotebooks.Course -c Release");
    }

    [Fact]
    public async Task A_kernel_that_exits_before_it_is_ready_exits_3_with_the_restore_command()
    {
        using var repository = new FakeRepository(withToolManifest: false);
        await AssertEnvironmentProblemAsync(repository, ["--no-build", "--no-restore"],
            "the kernel for 01-first.ipynb did not start: the kernel exited before it was ready", "run: dotnet tool restore");
    }

    [Fact]
    public async Task A_missing_tool_manifest_stops_the_restore_step_with_exit_3()
    {
        using var repository = new FakeRepository(withToolManifest: false);
        var output = await AssertEnvironmentProblemAsync(repository, ["--no-build"],
            "the tool manifest .config/dotnet-tools.json is missing", "run: dotnet tool restore");
        Assert.DoesNotContain("Restoring the kernel tool", output);
    }

    [Fact]
    public async Task A_kernel_command_that_cannot_start_exits_3_with_the_restore_command()
    {
        using var repository = new FakeRepository();
        await AssertEnvironmentProblemAsync(repository, ["--no-build", "--no-restore", "--kernel", "/no/such/dotnet-interactive stdio"],
            "could not start the kernel command '/no/such/dotnet-interactive stdio'", "run: dotnet tool restore");
    }

    /// <summary>Runs a one-cell notebook in <paramref name="repository"/>; asserts exit code 3, the messages, and no process left.</summary>
    private static async Task<string> AssertEnvironmentProblemAsync(FakeRepository repository, string[] args, params string[] messages)
    {
        TestNotebook.Write(repository.Notebook("01-first.ipynb"), ["1"]);
        var (report, output) = await RunnerCall.RunAsync(["--root", repository.Root, .. args]);
        Assert.Equal(ExitCodes.Environment, report.ExitCode);
        foreach (var message in messages)
            Assert.Contains(message, output);
        Assert.Empty(report.Notebooks);
        Assert.Empty(KernelProcesses.AliveFor(report.RunId));
        return output;
    }
}
