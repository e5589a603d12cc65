using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Threading.Channels;
using LrNotebooks.Runner.Processes;

namespace LrNotebooks.Runner.Kernel;

/// <summary>
/// One dotnet-interactive process driven over its stdio JSON-lines protocol: commands in on stdin,
/// events out on stdout. Submissions run one at a time (the kernel would otherwise interleave them);
/// disposing ends the whole process tree.
/// </summary>
internal sealed class KernelClient : IAsyncDisposable
{
    /// <summary>Lines of stderr and non-protocol stdout kept to explain a kernel that dies.</summary>
    private const int DiagnosticLines = 40;

    private readonly Process _process;
    private readonly Channel<KernelEventEnvelope> _events = Channel.CreateUnbounded<KernelEventEnvelope>();
    private readonly Queue<string> _diagnostics = new();
    private readonly Task _reader;

    /// <summary>An expression valid in C#, F# and PowerShell; its value is not shown anywhere.</summary>
    private const string WarmUpCode = "0";

    private KernelClient(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) => Remember(e.Data);
        _process.BeginErrorReadLine();
        _reader = Task.Run(ReadEventsAsync);
    }

    /// <summary>Process id of the started command (the kernel runs in it or below it).</summary>
    public int ProcessId => _process.Id;

    /// <summary>From launching the process to KernelReady.</summary>
    public TimeSpan ReadyTime { get; private set; }

    /// <summary>The warm-up submission after KernelReady (the C# script engine and formatters load lazily).</summary>
    public TimeSpan WarmUpTime { get; private set; }

    /// <summary>
    /// Starts the kernel and waits for KernelReady, then warms up the target subkernel with a trivial
    /// expression (compiled, run and formatted) so that the first cell's time is the cell's own.
    /// </summary>
    /// <exception cref="KernelStartException">The command could not start or the kernel exited or hung before it was ready.</exception>
    public static async Task<KernelClient> StartAsync(KernelLaunch launch, TimeSpan startTimeout, CancellationToken cancellationToken)
    {
        var (fileName, arguments) = launch.Split();
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = launch.ToolDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        ChildEnvironment.Apply(info.Environment, launch.RunId, launch.Solutions);

        var clock = Stopwatch.StartNew();
        var process = new Process { StartInfo = info };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            process.Dispose();
            throw new KernelStartException($"could not start the kernel command '{launch.Command}': {e.Message}", e);
        }

        ChildProcessRegistry.Add(process);
        process.StandardInput.NewLine = "\n";
        var client = new KernelClient(process);
        try
        {
            await client.WaitForReadyAsync(startTimeout, cancellationToken);
            client.ReadyTime = clock.Elapsed;
            var warmUp = await client.SubmitAsync(
                KernelCommandEnvelope.SubmitCode(WarmUpCode, launch.DefaultKernelName), _ => { }, startTimeout, cancellationToken);
            if (warmUp.Completion != SubmissionCompletion.Succeeded)
                throw new KernelStartException($"the kernel did not run the warm-up submission '{WarmUpCode}' in '{launch.DefaultKernelName}' ({warmUp.Completion}: {warmUp.Message}).{client.DiagnosticTail()}");
            client.WarmUpTime = clock.Elapsed - client.ReadyTime;
            return client;
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Submits <paramref name="envelope"/> and returns when its CommandSucceeded/CommandFailed arrives, the
    /// timeout passes or the kernel exits. Every event read meanwhile goes to <paramref name="onEvent"/>
    /// (also events of earlier cells, such as display updates).
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<SubmissionResult> SubmitAsync(
        KernelCommandEnvelope envelope, Action<KernelEventEnvelope> onEvent, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await _process.StandardInput.WriteLineAsync(envelope.ToJsonLine().AsMemory(), cancellationToken);
            await _process.StandardInput.FlushAsync(cancellationToken);
        }
        catch (IOException e)
        {
            return new SubmissionResult(SubmissionCompletion.KernelExited, $"the kernel stopped reading commands ({e.Message}).{DiagnosticTail()}");
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await foreach (var e in _events.Reader.ReadAllAsync(deadline.Token))
            {
                onEvent(e);
                if (e.Token != envelope.Token) continue;
                if (e.EventType == KernelEventTypes.CommandSucceeded)
                    return new SubmissionResult(SubmissionCompletion.Succeeded, null);
                if (e.EventType == KernelEventTypes.CommandFailed)
                    return new SubmissionResult(SubmissionCompletion.Failed, e.GetString("message") ?? "the command failed without a message");
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new SubmissionResult(SubmissionCompletion.TimedOut, null);
        }

        return new SubmissionResult(SubmissionCompletion.KernelExited, $"the kernel exited{ExitCodeText()}.{DiagnosticTail()}");
    }

    /// <summary>Ends the kernel's process tree. Idempotent.</summary>
    public async ValueTask DisposeAsync()
    {
        ChildProcessRegistry.KillAndRemove(_process);
        try
        {
            await _reader.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
            // A grandchild may still hold the pipe for a moment; the tree is already killed.
        }

        _process.Dispose();
    }

    private async Task WaitForReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await foreach (var e in _events.Reader.ReadAllAsync(deadline.Token))
            {
                if (e.EventType == KernelEventTypes.KernelReady) return;
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new KernelStartException($"the kernel did not report KernelReady within {timeout.TotalSeconds:0} s.{DiagnosticTail()}");
        }

        throw new KernelStartException($"the kernel exited before it was ready{ExitCodeText()}.{DiagnosticTail()}");
    }

    private async Task ReadEventsAsync()
    {
        try
        {
            while (await _process.StandardOutput.ReadLineAsync() is { } line)
            {
                if (KernelEventEnvelope.TryParse(line, out var envelope))
                    _events.Writer.TryWrite(envelope);
                else
                    Remember(line);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            Remember($"(reading the kernel's output failed: {e.Message})");
        }
        finally
        {
            _events.Writer.TryComplete();
        }
    }

    private void Remember(string? line)
    {
        if (string.IsNullOrWhiteSpace(line)) return;
        lock (_diagnostics)
        {
            _diagnostics.Enqueue(line);
            while (_diagnostics.Count > DiagnosticLines) _diagnostics.Dequeue();
        }
    }

    private string DiagnosticTail()
    {
        string[] lines;
        lock (_diagnostics) lines = [.. _diagnostics];
        return lines.Length == 0 ? "" : "\n  kernel output:\n" + string.Join("\n", lines.Select(l => "    " + l));
    }

    private string ExitCodeText()
    {
        try
        {
            return _process.WaitForExit(TimeSpan.FromSeconds(5)) ? $" with exit code {_process.ExitCode}" : "";
        }
        catch (InvalidOperationException)
        {
            return "";
        }
    }
}
