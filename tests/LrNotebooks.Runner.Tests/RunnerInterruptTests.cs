using System.Diagnostics;
using System.Text;
using LrNotebooks.Runner.Tests.Support;
using LrNotebooks.Runner;

namespace LrNotebooks.Runner.Tests;

/// <summary>Ctrl+C on the real runner process while a cell runs: every kernel ends, exit code 130.</summary>
[Trait("Category", "Kernel")]
public sealed class RunnerInterruptTests
{
    [Fact]
    public async Task Ctrl_C_during_a_cell_stops_the_kernel_and_exits_130()
    {
        using var repository = new FakeRepository();
        TestNotebook.Write(repository.Notebook("01-hang.ipynb"), [KernelRunsFixture.HangingCell]);
        var runId = Guid.NewGuid().ToString("N");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { RunnerAssembly(), "--root", repository.Root, "--no-build", "--no-restore", "--no-site" })
            info.ArgumentList.Add(arg);
        info.Environment["LRNOTEBOOKS_RUN_ID"] = runId;

        using var process = Process.Start(info)!;
        var output = new StringBuilder();
        var reader = Task.Run(async () =>
        {
            var buffer = new char[4096];
            int read;
            while ((read = await process.StandardOutput.ReadAsync(buffer)) > 0)
                lock (output) output.Append(buffer, 0, read);
        });
        string Printed()
        {
            lock (output) return output.ToString();
        }

        try
        {
            var started = Stopwatch.StartNew();
            while (!Printed().Contains("cell 1/1") && !process.HasExited && started.Elapsed < TimeSpan.FromMinutes(3))
                await Task.Delay(100);
            Assert.True(Printed().Contains("cell 1/1"), $"the cell never started:\n{Printed()}");
            Assert.NotEmpty(KernelProcesses.AliveFor(runId));

            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                await kill.WaitForExitAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
            await reader.WaitAsync(TimeSpan.FromSeconds(10));

            Assert.Equal(ExitCodes.Interrupted, process.ExitCode);
            Assert.Contains("INTERRUPTED after", Printed());
            Assert.Contains("Summary: 0 of 1 notebook(s) ok, 1 failed", Printed());
            Assert.Contains("cell 1 `System.Threading.Thread.Sleep(System.Threading.Timeout.Infinite);`: the run was interrupted", Printed());
            Assert.Contains("interrupted; every kernel this run started has been stopped.", Printed());
            Assert.Empty(KernelProcesses.AliveFor(runId));
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    /// <summary>The runner's entry assembly, copied next to the tests by the project reference.</summary>
    private static string RunnerAssembly()
    {
        var path = typeof(RunnerApp).Assembly.Location;
        Assert.True(File.Exists(Path.ChangeExtension(path, ".runtimeconfig.json")), $"no runtimeconfig next to {path}");
        return path;
    }
}
