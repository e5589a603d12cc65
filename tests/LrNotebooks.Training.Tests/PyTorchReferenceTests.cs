using System.Text.Json;
using LrNotebooks.Training.Tests.TestDoubles;

namespace LrNotebooks.Training.Tests;

/// <summary>
/// The network math against PyTorch 1.13 (Fixtures/pytorch_mlp_sgd.json, made by make_pytorch_mlp_fixture.py):
/// same initial parameters, same rows, same mini-batches, nn.CrossEntropyLoss and SGD with momentum.
/// </summary>
public sealed class PyTorchReferenceTests
{
    private sealed record Fixture(int[] Layers, double LearningRate, double Momentum, int[][] Batches, double[] Initial, double[] Gradient0, double[] Losses, double[] Final);

    private static Fixture Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "pytorch_mlp_sgd.json");
        return JsonSerializer.Deserialize<Fixture>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    [Fact]
    public void LossGradientAndSgdStepsMatchPyTorch()
    {
        var fixture = Load();
        var net = Network.Mlp(fixture.Layers);
        var rows = Training.Digits.LoadAll(Training.Digits.Locate()).Subset(Enumerable.Range(0, 64).ToArray());
        var p = (double[])fixture.Initial.Clone();
        Assert.Equal(net.ParameterCount, p.Length);
        var g = new double[p.Length];

        net.LossAndGradient(p, rows, fixture.Batches[0], g);
        for (int i = 0; i < g.Length; i++) Assert.Equal(fixture.Gradient0[i], g[i], 1e-13);

        var sgd = new TestSgd(fixture.LearningRate, fixture.Momentum);
        var state = sgd.CreateState(p.Length);
        for (int step = 0; step < fixture.Losses.Length; step++)
        {
            double loss = net.LossAndGradient(p, rows, fixture.Batches[step % 2], g);
            Assert.Equal(fixture.Losses[step], loss, 1e-13);
            sgd.Step(p, g, state);
        }
        for (int i = 0; i < p.Length; i++) Assert.Equal(fixture.Final[i], p[i], 1e-12);
    }
}
