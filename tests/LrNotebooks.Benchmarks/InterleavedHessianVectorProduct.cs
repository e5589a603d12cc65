using System.Diagnostics;
using System.Globalization;
using LrNotebooks.Training;

namespace LrNotebooks.Benchmarks;

/// <summary>
/// A side-by-side measurement robust to a busy machine: rounds that time one full-batch gradient and one Hessian-vector
/// product back to back (MLP 64-64-10, digits training split), reporting the median of the per-round ratios, in wall-clock
/// time and in the CPU time of the working thread (the fair one on a loaded machine: preemption does not count).
/// Run: <c>dotnet run -c Release --project tests/LrNotebooks.Benchmarks -- --hvp [rounds]</c>.
/// </summary>
internal static class InterleavedHessianVectorProduct
{
    public static void Run(int rounds)
    {
        var train = Digits.Load().Train;
        var network = Network.ForDigits(64);
        int rows = train.Count;
        var workspace = new NetworkWorkspace(network, rows);
        workspace.Gather(train, Enumerable.Range(0, rows).ToArray());
        var hessian = new NetworkHessian(network, train);
        var parameters = network.InitialParameters(0);
        var random = new Random(1);
        var direction = parameters.Select(_ => random.NextDouble() - 0.5).ToArray();
        var gradient = new double[network.ParameterCount];
        var product = new double[network.ParameterCount];
        const int repeat = 5;
        var wall = (Gradient: new List<double>(), Product: new List<double>());
        var cpu = (Gradient: new List<double>(), Product: new List<double>());
        string load = File.ReadAllText("/proc/loadavg").Trim();
        for (int round = -5; round < rounds; round++)   // the first rounds warm up the JIT and are discarded
        {
            long start = Stopwatch.GetTimestamp();
            double cpuStart = ThreadCpuTime.Seconds();
            for (int i = 0; i < repeat; i++) workspace.LossAndGradient(parameters, workspace.Input, workspace.Labels, rows, gradient);
            double gCpu = (ThreadCpuTime.Seconds() - cpuStart) * 1e3 / repeat;
            double g = Stopwatch.GetElapsedTime(start).TotalMilliseconds / repeat;
            start = Stopwatch.GetTimestamp();
            cpuStart = ThreadCpuTime.Seconds();
            for (int i = 0; i < repeat; i++) hessian.Product(parameters, direction, product);
            double hCpu = (ThreadCpuTime.Seconds() - cpuStart) * 1e3 / repeat;
            double h = Stopwatch.GetElapsedTime(start).TotalMilliseconds / repeat;
            if (round < 0) continue;
            wall.Gradient.Add(g);
            wall.Product.Add(h);
            cpu.Gradient.Add(gCpu);
            cpu.Product.Add(hCpu);
        }
        Console.WriteLine($"{rounds} rounds of {repeat} gradients then {repeat} products; /proc/loadavg before: {load}; after: {File.ReadAllText("/proc/loadavg").Trim()}");
        foreach (var (name, times) in new[] { ("wall", wall), ("CPU", cpu) })
        {
            double[] ratios = [.. times.Product.Zip(times.Gradient, (h, g) => h / g)];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: gradient median {SideBySideEpoch.Median([.. times.Gradient]):F2} ms (min {times.Gradient.Min():F2}), H·v median {SideBySideEpoch.Median([.. times.Product]):F2} ms (min {times.Product.Min():F2}), ratio: median of per-round {SideBySideEpoch.Median(ratios):F2}, of minima {times.Product.Min() / times.Gradient.Min():F2}"));
        }
    }
}
