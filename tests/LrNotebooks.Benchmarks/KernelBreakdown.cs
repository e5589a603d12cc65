using System.Diagnostics;
using System.Globalization;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Training;

namespace LrNotebooks.Benchmarks;

/// <summary>
/// Where a training pass spends its time: each step of one mini-batch of 32 rows (MLP 64-64-10) timed alone in a
/// loop, best of 40 repeats of 200 calls, with its GFLOP/s where it does multiply-adds.
/// Run: <c>dotnet run -c Release --project tests/LrNotebooks.Benchmarks -- --kernels</c>.
/// </summary>
internal static class KernelBreakdown
{
    internal static void Run()
    {
        const int rows = 32, inputs = 64, hidden = 64, classes = 10, reps = 200;
        var network = Network.ForDigits(hidden);
        var data = Digits.Load().Train;
        var parameters = network.InitialParameters(0);
        var gradient = new double[network.ParameterCount];
        var random = new Random(1);
        double[] Fill(int n) { var a = new double[n]; for (int i = 0; i < n; i++) a[i] = random.NextDouble() - 0.3; return a; }
        var x = Fill(rows * inputs);
        var h = Fill(rows * hidden);
        var z = new double[rows * classes];
        var dz = Fill(rows * classes);
        var dh = Fill(rows * hidden);
        var workspace = new NetworkWorkspace(network, rows);
        int[] batch = [.. Enumerable.Range(0, rows).Select(i => i * 37 % data.Count)];
        var sgd = Optimizer.Sgd(0.01, momentum: 0.9);
        var state = sgd.CreateState(network.ParameterCount);
        var w0 = parameters.AsSpan(network.WeightOffset(0), hidden * inputs).ToArray();
        var b0 = parameters.AsSpan(network.BiasOffset(0), hidden).ToArray();
        var w1 = parameters.AsSpan(network.WeightOffset(1), classes * hidden).ToArray();
        var b1 = parameters.AsSpan(network.BiasOffset(1), classes).ToArray();
        var g0 = new double[hidden * inputs];
        var g1 = new double[classes * hidden];
        var w0Copy = (double[])parameters.Clone();

        (string Name, double MultiplyAdds, Action Call)[] cases =
        [
            ("gather 32 rows", 0, () => workspace.Gather(data, batch)),
            ("forward 64->64 + bias + ReLU", rows * inputs * hidden, () => TiledKernels.Linear(x, rows, inputs, w0, b0, h, relu: true)),
            ("forward 64->10 + bias", rows * hidden * classes, () => TiledKernels.Linear(h, rows, hidden, w1, b1, z, relu: false)),
            ("weight gradient 10x64", rows * hidden * classes, () => TiledKernels.WeightGradient(dz, rows, classes, h, hidden, g1)),
            ("hidden delta + ReLU mask", rows * hidden * classes, () => TiledKernels.InputDelta(dz, rows, classes, w1, hidden, h, dh)),
            ("weight gradient 64x64", rows * inputs * hidden, () => TiledKernels.WeightGradient(dh, rows, hidden, x, inputs, g0)),
            ("untiled: forward 64->64 (Kernels.Linear, then Kernels.Relu)", rows * inputs * hidden, () => { Kernels.Linear(x, rows, inputs, w0, b0, h); Kernels.Relu(h); }),
            ("untiled: forward 64->10 (Kernels.Linear)", rows * hidden * classes, () => Kernels.Linear(h, rows, hidden, w1, b1, z)),
            ("untiled: weight gradient 64x64 (Kernels.CombineRows per output)", rows * inputs * hidden, () =>
            {
                for (int j = 0; j < hidden; j++) Kernels.CombineRows(dh.AsSpan(j), hidden, x, rows, inputs, g0.AsSpan(j * inputs, inputs));
            }),
            ("untiled: hidden delta (Kernels.CombineRows per row, then ReluBackward)", rows * hidden * classes, () =>
            {
                for (int r = 0; r < rows; r++) Kernels.CombineRows(dz.AsSpan(r * classes, classes), 1, w1, classes, hidden, dh.AsSpan(r * hidden, hidden));
                Kernels.ReluBackward(h, dh);
            }),
            ("bias gradient 64", 0, () => Kernels.SumRows(dh, rows, g0.AsSpan(0, hidden))),
            ("whole LossAndGradient", rows * (2 * inputs * hidden + 3 * hidden * classes),
                () => workspace.LossAndGradient(parameters, workspace.Input, workspace.Labels, rows, gradient)),
            ("SGD momentum step, 4,810 parameters", 0, () => sgd.Step(w0Copy, gradient, state)),
        ];
        workspace.Gather(data, batch);
        // Past tiered JIT: tier-1 code appears only after 100 ms without new tier-0 methods.
        for (int round = 0; round < 3; round++)
        {
            foreach (var (_, _, call) in cases) for (int i = 0; i < 200; i++) call();
            Thread.Sleep(300);
        }
        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine("| Step (one mini-batch of 32) | Best us | GFLOP/s |");
        Console.WriteLine("| --- | ---: | ---: |");
        var watch = new Stopwatch();
        foreach (var (name, multiplyAdds, call) in cases)
        {
            double best = double.MaxValue;
            for (int repeat = 0; repeat < 40; repeat++)
            {
                watch.Restart();
                for (int i = 0; i < reps; i++) call();
                best = Math.Min(best, watch.Elapsed.TotalSeconds / reps);
            }
            string rate = multiplyAdds > 0 ? (2 * multiplyAdds / best / 1e9).ToString("F1", culture) : "";
            Console.WriteLine(string.Create(culture, $"| {name} | {best * 1e6:F2} | {rate} |"));
        }
    }
}
