using System.Diagnostics;
using System.Globalization;
using LrNotebooks.Training;

namespace LrNotebooks.Benchmarks;

/// <summary>
/// A side-by-side measurement robust to a busy machine: rounds that time one full-batch gradient and one Hessian-vector
/// product back to back (MLP 64-64-10, digits training split), reporting the median of the per-round ratios.
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
        var gradientTimes = new List<double>();
        var productTimes = new List<double>();
        var ratios = new List<double>();
        for (int round = -5; round < rounds; round++)   // the first rounds warm up the JIT and are discarded
        {
            long start = Stopwatch.GetTimestamp();
            for (int i = 0; i < repeat; i++) workspace.LossAndGradient(parameters, workspace.Input, workspace.Labels, rows, gradient);
            double g = Stopwatch.GetElapsedTime(start).TotalMilliseconds / repeat;
            start = Stopwatch.GetTimestamp();
            for (int i = 0; i < repeat; i++) hessian.Product(parameters, direction, product);
            double h = Stopwatch.GetElapsedTime(start).TotalMilliseconds / repeat;
            if (round < 0) continue;
            gradientTimes.Add(g);
            productTimes.Add(h);
            ratios.Add(h / g);
        }
        static double Median(List<double> values)
        {
            var sorted = values.Order().ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{rounds} rounds: gradient median {Median(gradientTimes):F2} ms (min {gradientTimes.Min():F2}), H·v median {Median(productTimes):F2} ms (min {productTimes.Min():F2}), ratio median {Median(ratios):F2} (min-time ratio {productTimes.Min() / gradientTimes.Min():F2})"));
    }
}
