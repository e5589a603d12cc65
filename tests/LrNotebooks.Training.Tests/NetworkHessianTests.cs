using MathNet.Numerics.LinearAlgebra;

namespace LrNotebooks.Training.Tests;

/// <summary>
/// Hessian-vector products against central finite differences of the gradient, symmetry, and power iteration against
/// the eigenvalues of the dense Hessian.
/// </summary>
public sealed class NetworkHessianTests
{
    private static double[] RandomVector(int n, int seed, double scale = 1)
    {
        var random = new Random(seed);
        var v = new double[n];
        for (int i = 0; i < n; i++) v[i] = scale * (2 * random.NextDouble() - 1);
        return v;
    }

    private static double Norm(ReadOnlySpan<double> v)
    {
        double s = 0;
        foreach (double x in v) s += x * x;
        return Math.Sqrt(s);
    }

    private static int[] AllRows(Dataset data) => Enumerable.Range(0, data.Count).ToArray();

    /// <summary>The gradient of the mean loss plus λ/2‖θ‖², from the trainer's own back-propagation.</summary>
    private static double[] Gradient(Network net, Dataset data, double[] p, double l2)
    {
        var g = new double[net.ParameterCount];
        net.LossAndGradient(p, data, AllRows(data), g);
        for (int i = 0; i < g.Length; i++) g[i] += l2 * p[i];
        return g;
    }

    /// <summary>(∇L(θ + h v) − ∇L(θ − h v)) / 2h.</summary>
    private static double[] FiniteDifferenceProduct(Network net, Dataset data, double[] p, double[] v, double l2, double h = 1e-5)
    {
        var plus = p.Select((x, i) => x + h * v[i]).ToArray();
        var minus = p.Select((x, i) => x - h * v[i]).ToArray();
        var gp = Gradient(net, data, plus, l2);
        var gm = Gradient(net, data, minus, l2);
        return gp.Select((x, i) => (x - gm[i]) / (2 * h)).ToArray();
    }

    public static TheoryData<int[], double> Shapes => new()
    {
        { new[] { 5, 3 }, 0.0 },          // softmax regression
        { new[] { 5, 4, 3 }, 0.0 },       // one hidden layer
        { new[] { 5, 6, 4, 3 }, 0.0 },    // two hidden layers
        { new[] { 5, 7, 3 }, 0.01 },      // with an L2 term
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Product_matches_central_finite_differences_of_the_gradient(int[] sizes, double l2)
    {
        var net = Network.Mlp(sizes);
        var data = TestData.Random(12, sizes[0], sizes[^1], seed: 5);
        var p = RandomVector(net.ParameterCount, seed: 6, scale: 0.6);
        var hessian = new NetworkHessian(net, data, l2);
        for (int trial = 0; trial < 3; trial++)
        {
            var v = RandomVector(net.ParameterCount, seed: 10 + trial);
            var hv = new double[net.ParameterCount];
            var g = new double[net.ParameterCount];
            double loss = hessian.Product(p, v, hv, g);
            var fd = FiniteDifferenceProduct(net, data, p, v, l2);
            double error = Norm(hv.Select((x, i) => x - fd[i]).ToArray()) / Norm(fd);
            Assert.True(error < 1e-6, $"{net.Name}, λ = {l2}: relative error {error:E2}");
            // The gradient and loss that come with the product are the trainer's.
            var expected = Gradient(net, data, p, l2);
            for (int i = 0; i < g.Length; i++) Assert.Equal(expected[i], g[i], 1e-12);
            double expectedLoss = net.Loss(p, data, AllRows(data)) + 0.5 * l2 * p.Sum(x => x * x);
            Assert.Equal(expectedLoss, loss, 1e-12);
        }
    }

    [Fact]
    public void Product_on_real_digits_matches_finite_differences()
    {
        var net = Network.ForDigits(32);
        var data = TestData.Digits.Train.Subset(Enumerable.Range(0, 200).ToArray());
        var p = net.InitialParameters(3);
        var hessian = new NetworkHessian(net, data);
        var v = RandomVector(net.ParameterCount, seed: 1);
        var hv = new double[net.ParameterCount];
        hessian.Product(p, v, hv);
        var fd = FiniteDifferenceProduct(net, data, p, v, 0, h: 1e-6);
        double error = Norm(hv.Select((x, i) => x - fd[i]).ToArray()) / Norm(fd);
        Assert.True(error < 1e-6, $"relative error {error:E2}");
    }

    [Fact]
    public void Product_is_symmetric_and_linear()
    {
        var net = Network.Mlp(6, 5, 4, 3);
        var data = TestData.Random(15, 6, 3, seed: 2);
        var p = RandomVector(net.ParameterCount, seed: 3, scale: 0.7);
        var hessian = new NetworkHessian(net, data, l2: 0.05);
        var u = RandomVector(net.ParameterCount, seed: 4);
        var v = RandomVector(net.ParameterCount, seed: 5);
        var hu = new double[u.Length];
        var hv = new double[u.Length];
        hessian.Product(p, u, hu);
        hessian.Product(p, v, hv);
        double uHv = u.Select((x, i) => x * hv[i]).Sum(), vHu = v.Select((x, i) => x * hu[i]).Sum();
        Assert.True(Math.Abs(uHv - vHu) <= 1e-12 * Math.Abs(uHv), $"u·Hv = {uHv:R}, v·Hu = {vHu:R}");
        var sum = u.Select((x, i) => 2 * x + v[i]).ToArray();
        var hsum = new double[u.Length];
        hessian.Product(p, sum, hsum);
        for (int i = 0; i < u.Length; i++) Assert.Equal(2 * hu[i] + hv[i], hsum[i], 1e-12);
    }

    [Fact]
    public void Power_iteration_finds_the_largest_eigenvalue_of_the_dense_hessian()
    {
        var net = Network.Mlp(5, 6, 3);
        var data = TestData.Random(20, 5, 3, seed: 8);
        var p = RandomVector(net.ParameterCount, seed: 9, scale: 0.8);
        int n = net.ParameterCount;
        // The dense Hessian from finite differences of the gradient, column by column, then symmetrized.
        var dense = Matrix<double>.Build.Dense(n, n);
        for (int j = 0; j < n; j++)
        {
            var e = new double[n];
            e[j] = 1;
            var column = FiniteDifferenceProduct(net, data, p, e, 0);
            for (int i = 0; i < n; i++) dense[i, j] = column[i];
        }
        dense = (dense + dense.Transpose()) / 2;
        var eigenvalues = dense.Evd(Symmetricity.Symmetric).EigenValues.Select(c => c.Real).ToArray();
        double largest = eigenvalues.Max(), mostNegative = eigenvalues.Min();
        Assert.True(largest > Math.Abs(mostNegative), "the test needs the top eigenvalue to dominate");

        var hessian = new NetworkHessian(net, data);
        var estimate = hessian.Sharpness(p, tolerance: 1e-12, maxIterations: 5000, seed: 1);
        Assert.True(estimate.Converged, $"not converged after {estimate.Iterations} products");
        Assert.True(Math.Abs(estimate.Value - largest) <= 1e-6 * largest, $"power iteration {estimate.Value:R}, dense {largest:R}");
        // Same seed, same numbers.
        Assert.Equal(estimate.Value, hessian.Sharpness(p, tolerance: 1e-12, maxIterations: 5000, seed: 1).Value);
    }

    [Fact]
    public void Power_iteration_stops_at_the_cap_and_a_warm_start_converges_sooner()
    {
        var net = Network.ForDigits(16);
        var data = TestData.Digits.Train.Subset(Enumerable.Range(0, 300).ToArray());
        var p = net.InitialParameters(2);
        var hessian = new NetworkHessian(net, data);
        var capped = hessian.Sharpness(p, tolerance: 1e-9, maxIterations: 3);
        Assert.False(capped.Converged);
        Assert.Equal(3, capped.Iterations);
        var cold = hessian.Sharpness(p, tolerance: 1e-6, maxIterations: 1000);
        Assert.True(cold.Converged);
        var warm = hessian.Sharpness(p, tolerance: 1e-6, maxIterations: 1000, start: cold.Vector);
        Assert.True(warm.Iterations < cold.Iterations, $"warm {warm.Iterations}, cold {cold.Iterations}");
        Assert.Equal(cold.Value, warm.Value, 1e-5 * cold.Value);
        Assert.True(cold.Value > 0);
    }

    [Fact]
    public void Rejects_bad_arguments()
    {
        var net = Network.Mlp(4, 3);
        var data = TestData.Random(5, 4, 3, seed: 1);
        Assert.Equal("l2", Assert.Throws<ArgumentOutOfRangeException>(() => new NetworkHessian(net, data, l2: -1)).ParamName);
        Assert.Equal("data", Assert.Throws<ArgumentException>(() => new NetworkHessian(net, TestData.Random(5, 3, 3, seed: 1))).ParamName);
        Assert.Throws<ArgumentNullException>(() => new NetworkHessian(null!, data));
        var hessian = new NetworkHessian(net, data);
        var p = new double[net.ParameterCount];
        Assert.Equal("direction", Assert.Throws<ArgumentException>(() => hessian.Product(p, new double[3], new double[p.Length])).ParamName);
        Assert.Equal("product", Assert.Throws<ArgumentException>(() => hessian.Product(p, p, new double[3])).ParamName);
        Assert.Equal("gradient", Assert.Throws<ArgumentException>(() => hessian.Product(p, p, new double[p.Length], new double[2])).ParamName);
        var tolerance = Assert.Throws<ArgumentOutOfRangeException>(() => hessian.Sharpness(p, tolerance: 0));
        Assert.Equal("tolerance", tolerance.ParamName);
        Assert.Contains("(0, 1)", tolerance.Message, StringComparison.Ordinal);
        Assert.Equal("maxIterations", Assert.Throws<ArgumentOutOfRangeException>(() => hessian.Sharpness(p, maxIterations: 0)).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentException>(() => hessian.Sharpness(p, start: new double[2])).ParamName);
    }
}
