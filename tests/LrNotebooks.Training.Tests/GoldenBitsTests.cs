using System.Security.Cryptography;
using LrNotebooks.Core.Optimizers;

namespace LrNotebooks.Training.Tests;

/// <summary>
/// Pins the exact bits the trainer produces for fixed seeds: every batch loss, every epoch metric, the trained
/// parameters, gradients, evaluations and predictions, hashed with SHA-256. Any change to a kernel's summation
/// order, to fused versus separate multiply-add, or to the vector width the results depend on changes a hash.
/// The hashes were recorded on x86-64 Linux; they also pin <c>Math.Exp</c> and <c>Math.Log</c> of the platform's
/// math library, the only operations whose last bit the project does not control.
/// </summary>
public sealed class GoldenBitsTests
{
    [Fact]
    public void MlpOnDigitsWithSgdMomentum()
    {
        var run = Trainer.Train(Network.ForDigits(64), TestData.Digits, Optimizer.Sgd(0.05, momentum: 0.9),
            new TrainingOptions { Epochs = 3, Seed = 3 });
        Pin("E6300B3FB112D9709F6059E186CAC55E51AAF3387EB4EEFF8A9ED2FE574082A7", Hash(run));
    }

    [Fact]
    public void OddShapesWithAdamAndAnOddBatch()
    {
        var run = Trainer.Train(Network.ForDigits(13, 7), TestData.Digits, Optimizer.Adam(3e-3),
            new TrainingOptions { Epochs = 2, BatchSize = 17, Seed = 5 });
        Pin("F848DF454D986CE3220C7B4B2498C75E586532765CE7F9287992816E36C72230", Hash(run));
    }

    [Fact]
    public void SoftmaxRegressionWithSmallBatches()
    {
        var run = Trainer.Train(Network.ForDigits(), TestData.Digits, Optimizer.Sgd(0.1, momentum: 0.9),
            new TrainingOptions { Epochs = 2, BatchSize = 5, Seed = 1 });
        Pin("83C39CADE34A8745473511050D41EE3FD31EB4DC0DA0C86B5524D0CF9E4F30AC", Hash(run));
    }

    [Fact]
    public void GradientEvaluationAndPredictionsOfOddWidths()
    {
        var data = TestData.Random(rows: 203, features: 7, classes: 3, seed: 11);
        var bits = new List<double>();
        foreach (var network in new[] { Network.Mlp(7, 5, 9, 3), Network.Mlp(7, 3), Network.Mlp(7, 67, 3) })
        {
            var parameters = network.InitialParameters(2);
            var gradient = new double[network.ParameterCount];
            int[] rows = [.. Enumerable.Range(0, 203).Where(i => i % 3 != 1)];
            bits.Add(network.LossAndGradient(parameters, data, rows, gradient));
            bits.AddRange(gradient);
            bits.Add(network.Loss(parameters, data, rows[..9]));
            var evaluation = network.Evaluate(parameters, data);
            bits.Add(evaluation.Loss);
            bits.Add(evaluation.Accuracy);
            bits.AddRange(network.Predict(parameters, data).Select(p => (double)p));
        }
        Pin("CA226C52BD904561036BC7952D9E68E954B64B2FD6D4ED6A6C9E55E6D05FCF5F", Hash(bits));
    }

    [Fact]
    public void HessianVectorProductsAndSharpnessOfOddWidths()
    {
        var data = TestData.Random(rows: 203, features: 7, classes: 3, seed: 11);
        var bits = new List<double>();
        foreach (var network in new[] { Network.Mlp(7, 5, 9, 3), Network.Mlp(7, 3), Network.Mlp(7, 67, 3), Network.Mlp(7, 36, 33, 3) })
        {
            var hessian = new NetworkHessian(network, data, l2: 1e-3);
            var parameters = network.InitialParameters(2);
            var random = new Random(4);
            var direction = parameters.Select(_ => random.NextDouble() - 0.5).ToArray();
            var product = new double[network.ParameterCount];
            var gradient = new double[network.ParameterCount];
            bits.Add(hessian.Product(parameters, direction, product, gradient));
            bits.AddRange(product);
            bits.AddRange(gradient);
            var sharpness = hessian.Sharpness(parameters, maxIterations: 20, seed: 1);
            bits.Add(sharpness.Value);
            bits.AddRange(sharpness.Vector);
        }
        Pin("14513AF1BEED694CC6CDBC35D5E1E9FE7480C6B9DC719C2965DEC31CBE12B74C", Hash(bits));
    }

    private static void Pin(string expected, string actual) =>
        Assert.True(expected == actual, $"expected {expected}, got {actual}");

    private static string Hash(TrainingResult run)
    {
        var bits = new List<double>();
        bits.AddRange(run.BatchLosses);
        bits.AddRange(run.BatchLearningRates);
        foreach (var e in run.Epochs)
            bits.AddRange([e.TrainLoss, e.TrainAccuracy, e.ValidationLoss, e.ValidationAccuracy, e.LearningRate]);
        bits.AddRange(run.Parameters!);
        return Hash(bits);
    }

    private static string Hash(List<double> values)
    {
        var bytes = new byte[values.Count * sizeof(double)];
        for (int i = 0; i < values.Count; i++)
            BitConverter.TryWriteBytes(bytes.AsSpan(i * sizeof(double)), BitConverter.DoubleToInt64Bits(values[i]));
        return Convert.ToHexString(SHA256.HashData(bytes));
    }
}
