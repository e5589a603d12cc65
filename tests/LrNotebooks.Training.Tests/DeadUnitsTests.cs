using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Training.Tests;

public sealed class DeadUnitsTests
{
    // Two inputs, x = (1, 0), (0, 1), (1, 1).
    private static readonly Dataset Corners = new([1, 0, 0, 1, 1, 1], [0, 1, 0], featureCount: 2, classCount: 2);

    /// <summary>Parameters of an MLP 2-3-2 whose hidden units compute x0 - 0.5, -x0 - x1 (dead) and x1 - 2 (dead on these rows).</summary>
    private static (Network Network, double[] Parameters) ThreeUnits()
    {
        var network = Network.Mlp(2, 3, 2);
        var p = new double[network.ParameterCount];
        double[] weights = [1, 0, -1, -1, 0, 1];
        double[] biases = [-0.5, 0, -2];
        weights.CopyTo(p, network.WeightOffset(0));
        biases.CopyTo(p, network.BiasOffset(0));
        return (network, p);
    }

    [Fact]
    public void UnitsThatNeverFireOnTheDataAreDead()
    {
        var (network, p) = ThreeUnits();
        var census = DeadUnits.Census(network, p, Corners);
        Assert.Equal([2], census.DeadPerLayer);
        Assert.Equal([3], census.UnitsPerLayer);
        Assert.Equal((2, 3), (census.Dead, census.Total));
        Assert.Equal(2.0 / 3, census.Fraction, 12);
        Assert.Equal("2 of 3 hidden units dead", census.ToString());
    }

    [Fact]
    public void APreActivationOfExactlyZeroCountsAsDead()
    {
        // The second unit is -x0 - x1 + b: with b = 2 it fires on (1, 0); with b = 1 its best is exactly 0, which is not > 0.
        var (network, p) = ThreeUnits();
        p[network.BiasOffset(0) + 1] = 2;
        Assert.Equal(1, DeadUnits.Census(network, p, Corners).Dead);
        p[network.BiasOffset(0) + 1] = 1;   // 0 on (1, 0) and (0, 1), -1 on (1, 1)
        Assert.Equal(2, DeadUnits.Census(network, p, Corners).Dead);
    }

    [Fact]
    public void DeeperLayersSeeTheActivationsOfTheLayerBefore()
    {
        // MLP 2-2-2-2: layer 0 = (x0, x1) through ReLU; layer 1 unit 0 = h0 + h1 - 1.5 fires only on (1, 1); unit 1 = -h0 (dead).
        var network = Network.Mlp(2, 2, 2, 2);
        var p = new double[network.ParameterCount];
        new double[] { 1, 0, 0, 1 }.CopyTo(p, network.WeightOffset(0));
        new double[] { 1, 1, -1, 0 }.CopyTo(p, network.WeightOffset(1));
        new double[] { -1.5, 0 }.CopyTo(p, network.BiasOffset(1));
        var census = DeadUnits.Census(network, p, Corners);
        Assert.Equal([0, 1], census.DeadPerLayer);
        Assert.Equal([2, 2], census.UnitsPerLayer);
        var onlyFirstRows = new Dataset([1, 0, 0, 1], [0, 1], 2, 2);
        Assert.Equal([0, 2], DeadUnits.Census(network, p, onlyFirstRows).DeadPerLayer);
    }

    [Fact]
    public void SoftmaxRegressionHasNoHiddenUnits()
    {
        var network = Network.SoftmaxRegression(2, 2);
        var census = DeadUnits.Census(network, new double[network.ParameterCount], Corners);
        Assert.Equal((0, 0, 0.0), (census.Dead, census.Total, census.Fraction));
        Assert.Equal("0 of 0 hidden units dead", census.ToString());
    }

    [Property(MaxTest = 100)]
    public Property ScalingAUnitsIncomingWeightsByAPositiveFactorKeepsTheCensus() => Prop.ForAll(
        (from seed in Gen.Choose(0, 10_000) from scale in Gen.Choose(1, 1000).Select(k => k / 100.0) select (seed, scale)).ToArbitrary(),
        c =>
        {
            var network = Network.Mlp(2, 4, 3, 2);
            var p = network.InitialParameters(c.seed);
            var random = new Random(c.seed);
            for (int i = network.BiasOffset(0); i < network.BiasOffset(0) + 4; i++) p[i] = 2 * random.NextDouble() - 1;
            var before = DeadUnits.Census(network, p, Corners);
            for (int i = network.WeightOffset(0); i < network.BiasOffset(0) + 4; i++) p[i] *= c.scale;   // ReLU(a z) = a ReLU(z), a > 0
            var after = DeadUnits.Census(network, p, Corners);
            return before.DeadPerLayer.SequenceEqual(after.DeadPerLayer);
        });

    [Fact]
    public void TooLargeALearningRateKillsEveryHiddenUnitOnTheDigits()
    {
        var network = Network.ForDigits(32);
        var options = new TrainingOptions { Epochs = 10 };
        var fresh = DeadUnits.Census(network, network.InitialParameters(0), TestData.Digits.Train);
        var good = Trainer.Train(network, TestData.Digits, lr => Optimizer.Sgd(lr, momentum: 0.9), Schedule.Constant(0.1), ScheduleStepping.PerBatch, options);
        var tooHigh = Trainer.Train(network, TestData.Digits, lr => Optimizer.Sgd(lr, momentum: 0.9), Schedule.Constant(1.0), ScheduleStepping.PerBatch, options);
        Assert.Equal(0, fresh.Dead);
        Assert.True(DeadUnits.Census(network, good.Parameters, TestData.Digits.Train).Fraction < 0.5);
        Assert.Equal(32, DeadUnits.Census(network, tooHigh.Parameters, TestData.Digits.Train).Dead);
    }

    [Fact]
    public void InvalidInputIsRejectedWithTheParameterName()
    {
        var (network, p) = ThreeUnits();
        Assert.Equal("network", Assert.Throws<ArgumentNullException>(() => DeadUnits.Census(null!, p, Corners)).ParamName);
        var diverged = Assert.Throws<ArgumentNullException>(() => DeadUnits.Census(network, null, Corners));
        Assert.Equal("parameters", diverged.ParamName);
        Assert.Contains("diverged", diverged.Message);
        Assert.Equal("data", Assert.Throws<ArgumentNullException>(() => DeadUnits.Census(network, p, null!)).ParamName);
        Assert.Equal("parameters", Assert.Throws<ArgumentException>(() => DeadUnits.Census(network, new double[3], Corners)).ParamName);
        p[4] = double.NaN;
        var nan = Assert.Throws<ArgumentException>(() => DeadUnits.Census(network, p, Corners));
        Assert.Equal("parameters", nan.ParamName);
        Assert.Contains("parameters[4]", nan.Message);
        var (_, ok) = ThreeUnits();
        var wide = new Dataset([1, 2, 3], [0], 3, 2);
        Assert.Equal("data", Assert.Throws<ArgumentException>(() => DeadUnits.Census(network, ok, wide)).ParamName);
    }
}
