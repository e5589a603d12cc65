namespace LrNotebooks.Training.Tests;

public sealed class NetworkTests
{
    [Fact]
    public void LayoutIsWeightsThenBiasesPerLayer()
    {
        var net = Network.ForDigits(64);
        Assert.Equal([64, 64, 10], net.LayerSizes);
        Assert.Equal(64 * 64 + 64 + 64 * 10 + 10, net.ParameterCount);
        Assert.Equal(0, net.WeightOffset(0));
        Assert.Equal(4096, net.BiasOffset(0));
        Assert.Equal(4160, net.WeightOffset(1));
        Assert.Equal(4800, net.BiasOffset(1));
        Assert.Equal("MLP 64-64-10", net.Name);
        Assert.Equal("softmax regression 64-10", Network.ForDigits().Name);
        Assert.Equal(650, Network.SoftmaxRegression(64, 10).ParameterCount);
        Assert.Equal("layer", Assert.Throws<ArgumentOutOfRangeException>(() => net.WeightOffset(2)).ParamName);
    }

    [Fact]
    public void FactoriesValidate()
    {
        Assert.Equal("layerSizes", Assert.Throws<ArgumentException>(() => Network.Mlp(64)).ParamName);
        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => Network.Mlp(64, 0, 10));
        Assert.Contains("layerSizes[1]", zero.Message);
        Assert.Contains("class count", Assert.Throws<ArgumentOutOfRangeException>(() => Network.Mlp(64, 1)).Message);
        Assert.Equal("inputs", Assert.Throws<ArgumentOutOfRangeException>(() => Network.SoftmaxRegression(0, 10)).ParamName);
        Assert.Equal("classes", Assert.Throws<ArgumentOutOfRangeException>(() => Network.SoftmaxRegression(3, 1)).ParamName);
    }

    [Fact]
    public void InitializationIsSeededHeThenGlorotWithZeroBiases()
    {
        var net = Network.Mlp(64, 32, 10);
        var a = net.InitialParameters(5);
        Assert.Equal(a, net.InitialParameters(5));
        Assert.NotEqual(a, net.InitialParameters(6));
        var hidden = a.AsSpan(net.WeightOffset(0), 64 * 32).ToArray();
        var output = a.AsSpan(net.WeightOffset(1), 32 * 10).ToArray();
        double he = Math.Sqrt(6.0 / 64), glorot = Math.Sqrt(6.0 / 42);
        Assert.All(hidden, w => Assert.InRange(w, -he, he));
        Assert.All(output, w => Assert.InRange(w, -glorot, glorot));
        Assert.True(hidden.Max() > 0.9 * he && hidden.Min() < -0.9 * he);
        // Uniform(-b, b) has variance b^2/3: He gives 2/fan_in.
        double variance = hidden.Select(w => w * w).Average();
        Assert.InRange(variance, 0.9 * 2 / 64.0, 1.1 * 2 / 64.0);
        Assert.All(a.AsSpan(net.BiasOffset(0), 32).ToArray(), b => Assert.Equal(0, b));
        Assert.All(a.AsSpan(net.BiasOffset(1), 10).ToArray(), b => Assert.Equal(0, b));
    }

    public static TheoryData<int[], int, int> Shapes => new()
    {
        { [64, 10], 64, 10 },        // softmax regression
        { [64, 16, 12, 10], 64, 10 }, // two hidden layers
        { [7, 9, 5, 3], 7, 3 },       // widths that are not multiples of the vector width
        { [3, 17, 2], 3, 2 },
        { [23, 21, 6, 5], 23, 5 },    // 16-wide, 4-wide and scalar parts of every kernel
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void LossMatchesAPlainReferenceImplementation(int[] sizes, int features, int classes)
    {
        var net = Network.Mlp(sizes);
        var data = TestData.Random(9, features, classes, seed: 1);
        var p = RandomParameters(net, seed: 2, scale: 0.5);
        int[] rows = [0, 3, 4, 8, 2];
        double expected = rows.Select(r => ReferenceRowLoss(net, p, data, r)).Sum() / rows.Length;
        Assert.Equal(expected, net.Loss(p, data, rows), 12);
        var g = new double[net.ParameterCount];
        Assert.Equal(expected, net.LossAndGradient(p, data, rows, g), 12);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void GradientMatchesCentralFiniteDifferences(int[] sizes, int features, int classes)
    {
        var net = Network.Mlp(sizes);
        var data = TestData.Random(6, features, classes, seed: 3);
        var p = RandomParameters(net, seed: 4, scale: 0.4);
        int[] rows = [5, 0, 2, 3];
        double worst = WorstRelativeGradientError(net, p, data, rows, stride: 1);
        Assert.True(worst < 1e-6, $"largest relative gradient error {worst:E2}");
    }

    [Fact]
    public void GradientOnRealDigitsMatchesFiniteDifferences()
    {
        var net = Network.ForDigits(32, 16);
        var data = TestData.Digits.Train;
        var p = net.InitialParameters(11);
        int[] rows = [0, 1, 2, 3, 4, 5, 6];
        double worst = WorstRelativeGradientError(net, p, data, rows, stride: 7);
        Assert.True(worst < 1e-6, $"largest relative gradient error {worst:E2}");
    }

    [Fact]
    public void EvaluatePredictAndLossAgree()
    {
        var net = Network.ForDigits(16);
        var data = TestData.Digits.Validation;
        var p = RandomParameters(net, seed: 9, scale: 0.3);
        var evaluation = net.Evaluate(p, data);
        var predictions = net.Predict(p, data);
        int correct = Enumerable.Range(0, data.Count).Count(i => predictions[i] == data.Label(i));
        Assert.Equal(correct, evaluation.Correct);
        Assert.Equal(data.Count, evaluation.Count);
        Assert.Equal(correct / (double)data.Count, evaluation.Accuracy);
        Assert.Equal(net.Loss(p, data, Enumerable.Range(0, data.Count).ToArray()), evaluation.Loss, 12);
        for (int i = 0; i < data.Count; i += 37) Assert.Equal(ReferencePrediction(net, p, data, i), predictions[i]);
    }

    [Fact]
    public void PublicMethodsValidate()
    {
        var net = Network.ForDigits(8);
        var data = TestData.Digits.Train;
        var p = net.InitialParameters(0);
        var g = new double[net.ParameterCount];
        Assert.Equal("parameters", Assert.Throws<ArgumentException>(() => net.Loss(p.AsSpan(1), data, [0])).ParamName);
        Assert.Equal("gradient", Assert.Throws<ArgumentException>(() => net.LossAndGradient(p, data, [0], g.AsSpan(1))).ParamName);
        Assert.Equal("rows", Assert.Throws<ArgumentException>(() => net.Loss(p, data, [])).ParamName);
        Assert.Equal("rows", Assert.Throws<ArgumentOutOfRangeException>(() => net.Loss(p, data, [data.Count])).ParamName);
        var other = TestData.Random(4, 3, 2, 0);
        Assert.Equal("data", Assert.Throws<ArgumentException>(() => net.Evaluate(p, other)).ParamName);
    }

    /// <summary>Compares every <paramref name="stride"/>-th gradient component with a central difference (h = 1e-5).</summary>
    private static double WorstRelativeGradientError(Network net, double[] p, Dataset data, int[] rows, int stride)
    {
        var gradient = new double[net.ParameterCount];
        net.LossAndGradient(p, data, rows, gradient);
        const double h = 1e-5;
        double worst = 0;
        for (int i = 0; i < p.Length; i += stride)
        {
            double saved = p[i];
            p[i] = saved + h;
            double plus = net.Loss(p, data, rows);
            p[i] = saved - h;
            double minus = net.Loss(p, data, rows);
            p[i] = saved;
            double numeric = (plus - minus) / (2 * h);
            worst = Math.Max(worst, Math.Abs(numeric - gradient[i]) / Math.Max(1e-3, Math.Abs(numeric) + Math.Abs(gradient[i])));
        }
        return worst;
    }

    internal static double[] RandomParameters(Network net, int seed, double scale)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, net.ParameterCount).Select(_ => scale * (2 * random.NextDouble() - 1)).ToArray();
    }

    private static double[] ReferenceLogits(Network net, double[] p, Dataset data, int row)
    {
        double[] a = data.Row(row).ToArray();
        for (int l = 0; l < net.LayerCount; l++)
        {
            int inputs = net.LayerSizes[l], outputs = net.LayerSizes[l + 1];
            var z = new double[outputs];
            for (int j = 0; j < outputs; j++)
            {
                double s = p[net.BiasOffset(l) + j];
                for (int k = 0; k < inputs; k++) s += p[net.WeightOffset(l) + j * inputs + k] * a[k];
                z[j] = l < net.LayerCount - 1 ? Math.Max(0, s) : s;
            }
            a = z;
        }
        return a;
    }

    private static double ReferenceRowLoss(Network net, double[] p, Dataset data, int row)
    {
        var z = ReferenceLogits(net, p, data, row);
        return Math.Log(z.Sum(Math.Exp)) - z[data.Label(row)];
    }

    private static int ReferencePrediction(Network net, double[] p, Dataset data, int row)
    {
        var z = ReferenceLogits(net, p, data, row);
        return Array.IndexOf(z, z.Max());
    }
}
