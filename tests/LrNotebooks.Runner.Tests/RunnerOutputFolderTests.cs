using System.Diagnostics;
using LrNotebooks.Runner.Cli;
using LrNotebooks.Runner.Tests.Support;

namespace LrNotebooks.Runner.Tests;

/// <summary>The output folder: a file is refused before any kernel starts, and one run at a time may use a folder.</summary>
public sealed class RunnerOutputFolderTests
{
    // Stands in for the kernel: starts, never answers (so a run waits for it), ignores the arguments the runner adds.
    private const string SilentKernel = "sh -c \"sleep 120\"";

    [Fact]
    public async Task An_output_path_that_is_a_file_exits_2_naming_it_before_any_kernel_starts()
    {
        using var repository = new FakeRepository();
        var file = WithNotebookAndFile(repository);
        var (report, output) = await RunnerCall.RunAsync("--root", repository.Root, "--no-build", "--no-restore", $"--output={file}", "--kernel", SilentKernel);
        Assert.Equal(ExitCodes.BadInput, report.ExitCode);
        Assert.Contains($"--output '{file}' is an existing file", output);
        Assert.DoesNotContain("Kernel", output, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(report.Notebooks);
        Assert.Equal("not a folder", File.ReadAllText(file));
    }

    [Fact]
    public async Task An_output_path_below_a_file_exits_2_naming_it()
    {
        using var repository = new FakeRepository();
        var below = Path.Combine(WithNotebookAndFile(repository), "out");
        var (report, output) = await RunnerCall.RunAsync("--root", repository.Root, "--no-build", "--no-restore", "-o", below, "--kernel", SilentKernel);
        Assert.Equal(ExitCodes.BadInput, report.ExitCode);
        Assert.Contains($"--output '{below}' cannot be made a folder", output);
    }

    [Fact]
    public async Task A_second_run_into_the_folder_of_a_running_one_exits_2_and_the_folder_is_free_again_after()
    {
        using var repository = new FakeRepository();
        TestNotebook.Write(repository.Notebook("01-first.ipynb"), ["1"]);
        var output = Path.Combine(repository.Root, "shared-out");
        string[] args = ["--root", repository.Root, "--no-build", "--no-restore", "-o", output];
        using var cancellation = new CancellationTokenSource();
        using var firstOutput = new StringWriter();
        var firstOptions = CommandLine.Parse([.. args, "--kernel", SilentKernel]).Options!;
        var first = Task.Run(() => RunnerApp.RunAsync(firstOptions, firstOutput, cancellation.Token));
        try
        {
            var clock = Stopwatch.StartNew();
            while (!File.Exists(Path.Combine(output, ".lock")) && !first.IsCompleted && clock.Elapsed < TimeSpan.FromSeconds(30))
                await Task.Delay(50);
            Assert.False(first.IsCompleted, "the first run ended early:\n" + firstOutput);

            var (second, secondOutput) = await RunnerCall.RunAsync([.. args, "--kernel", SilentKernel]);
            Assert.Equal(ExitCodes.BadInput, second.ExitCode);
            Assert.Contains($"the output folder {output} is in use by another run", secondOutput);
            Assert.Empty(second.Notebooks);
        }
        finally
        {
            await cancellation.CancelAsync();
        }

        var firstReport = await first.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(ExitCodes.Interrupted, firstReport.ExitCode);
        Assert.Empty(KernelProcesses.AliveFor(firstReport.RunId));

        // Released: a third run gets past the lock (and stops at its kernel command that cannot start).
        var (third, thirdOutput) = await RunnerCall.RunAsync([.. args, "--kernel", "/no/such/kernel stdio"]);
        Assert.Equal(ExitCodes.Environment, third.ExitCode);
        Assert.DoesNotContain("in use by another run", thirdOutput);
        Assert.False(File.Exists(Path.Combine(output, ".lock")), "the lock file outlived its run");
    }

    [Fact]
    public async Task An_unforeseen_error_exits_5_naming_it()
    {
        using var repository = new FakeRepository();
        TestNotebook.Write(repository.Notebook("01-first.ipynb"), ["1"]);
        // A programming error no user input can cause: options built in code without a notebook list.
        var options = RunnerOptions.Default with { Notebooks = null!, RepositoryRoot = repository.Root };
        using var output = new StringWriter();
        var report = await RunnerApp.RunAsync(options, output, CancellationToken.None);
        Assert.Equal(ExitCodes.InternalError, report.ExitCode);
        Assert.Contains("internal error: System.", output.ToString());
        Assert.Contains("Exception", output.ToString());
    }

    /// <summary>Writes a one-cell notebook and a plain file into <paramref name="repository"/>; returns the file's path.</summary>
    private static string WithNotebookAndFile(FakeRepository repository)
    {
        TestNotebook.Write(repository.Notebook("01-first.ipynb"), ["1"]);
        var file = Path.Combine(repository.Root, "taken.txt");
        File.WriteAllText(file, "not a folder");
        return file;
    }
}
