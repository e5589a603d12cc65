using System.Runtime.InteropServices;
using LrNotebooks.Runner;
using LrNotebooks.Runner.Processes;

// Ctrl+C and SIGTERM/SIGHUP/SIGQUIT cancel the run, which stops its kernels and exits 130; a second
// Ctrl+C does not wait. Process exit ends any kernel still registered, whatever the path out.
using var cancellation = new CancellationTokenSource();
AppDomain.CurrentDomain.ProcessExit += (_, _) => ChildProcessRegistry.KillAll();
Console.CancelKeyPress += (_, e) =>
{
    if (cancellation.IsCancellationRequested)
    {
        ChildProcessRegistry.KillAll();
        return;
    }

    e.Cancel = true;
    cancellation.Cancel();
};

void Cancel(PosixSignalContext context)
{
    context.Cancel = true;
    cancellation.Cancel();
}

using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
using var hup = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Cancel);
using var quit = PosixSignalRegistration.Create(PosixSignal.SIGQUIT, Cancel);

return await RunnerApp.RunAsync(args, Console.Out, cancellation.Token);
