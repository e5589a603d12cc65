using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Tests.Optimizers;

/// <summary>Every hyper-parameter check of every factory: the error names the parameter and its allowed range.</summary>
public sealed class ValidationTests
{
    private const double Nan = double.NaN, Inf = double.PositiveInfinity;

    /// <summary>(description, factory call, parameter name, a fragment of the allowed range in the message).</summary>
    public static TheoryData<string, Func<Optimizer>, string, string> BadHyperParameters => new()
    {
        { "sgd lr < 0", () => Optimizer.Sgd(-0.1), "learningRate", "[0, +inf)" },
        { "sgd lr NaN", () => Optimizer.Sgd(Nan), "learningRate", "[0, +inf)" },
        { "sgd momentum < 0", () => Optimizer.Sgd(0.1, momentum: -0.1), "momentum", "[0, 1)" },
        { "sgd momentum = 1", () => Optimizer.Sgd(0.1, momentum: 1), "momentum", "[0, 1)" },
        { "sgd momentum NaN", () => Optimizer.Sgd(0.1, momentum: Nan), "momentum", "[0, 1)" },
        { "sgd dampening < 0", () => Optimizer.Sgd(0.1, momentum: 0.9, dampening: -0.1), "dampening", "[0, 1]" },
        { "sgd dampening > 1", () => Optimizer.Sgd(0.1, momentum: 0.9, dampening: 1.1), "dampening", "[0, 1]" },
        { "sgd weight decay < 0", () => Optimizer.Sgd(0.1, weightDecay: -1e-4), "weightDecay", "[0, +inf)" },
        { "sgd weight decay inf", () => Optimizer.Sgd(0.1, weightDecay: Inf), "weightDecay", "[0, +inf)" },
        { "adagrad lr < 0", () => Optimizer.Adagrad(-1), "learningRate", "[0, +inf)" },
        { "adagrad lr decay < 0", () => Optimizer.Adagrad(lrDecay: -0.1), "lrDecay", "[0, +inf)" },
        { "adagrad weight decay < 0", () => Optimizer.Adagrad(weightDecay: -0.1), "weightDecay", "[0, +inf)" },
        { "adagrad accumulator < 0", () => Optimizer.Adagrad(initialAccumulatorValue: -0.1), "initialAccumulatorValue", "[0, +inf)" },
        { "adagrad eps < 0", () => Optimizer.Adagrad(eps: -1e-10), "eps", "[0, +inf)" },
        { "adagrad eps NaN", () => Optimizer.Adagrad(eps: Nan), "eps", "[0, +inf)" },
        { "rmsprop lr < 0", () => Optimizer.RmsProp(-1), "learningRate", "[0, +inf)" },
        { "rmsprop alpha < 0", () => Optimizer.RmsProp(alpha: -0.1), "alpha", "[0, 1]" },
        { "rmsprop alpha > 1", () => Optimizer.RmsProp(alpha: 1.01), "alpha", "[0, 1]" },
        { "rmsprop eps < 0", () => Optimizer.RmsProp(eps: -1), "eps", "[0, +inf)" },
        { "rmsprop weight decay < 0", () => Optimizer.RmsProp(weightDecay: -1), "weightDecay", "[0, +inf)" },
        { "rmsprop momentum < 0", () => Optimizer.RmsProp(momentum: -0.5), "momentum", "[0, 1)" },
        { "rmsprop momentum = 1", () => Optimizer.RmsProp(momentum: 1), "momentum", "[0, 1)" },
        { "adadelta lr < 0", () => Optimizer.Adadelta(-1), "learningRate", "[0, +inf)" },
        { "adadelta rho < 0", () => Optimizer.Adadelta(rho: -0.1), "rho", "[0, 1]" },
        { "adadelta rho > 1", () => Optimizer.Adadelta(rho: 1.5), "rho", "[0, 1]" },
        { "adadelta eps < 0", () => Optimizer.Adadelta(eps: -1), "eps", "[0, +inf)" },
        { "adadelta weight decay < 0", () => Optimizer.Adadelta(weightDecay: -1), "weightDecay", "[0, +inf)" },
        { "adam lr < 0", () => Optimizer.Adam(-1e-3), "learningRate", "[0, +inf)" },
        { "adam beta1 < 0", () => Optimizer.Adam(beta1: -0.1), "beta1", "[0, 1)" },
        { "adam beta1 = 1", () => Optimizer.Adam(beta1: 1), "beta1", "[0, 1)" },
        { "adam beta2 < 0", () => Optimizer.Adam(beta2: -0.1), "beta2", "[0, 1)" },
        { "adam beta2 = 1", () => Optimizer.Adam(beta2: 1), "beta2", "[0, 1)" },
        { "adam eps < 0", () => Optimizer.Adam(eps: -1e-8), "eps", "[0, +inf)" },
        { "adam weight decay < 0", () => Optimizer.Adam(weightDecay: -0.01), "weightDecay", "[0, +inf)" },
        { "adamw lr < 0", () => Optimizer.AdamW(-1e-3), "learningRate", "[0, +inf)" },
        { "adamw beta1 = 1", () => Optimizer.AdamW(beta1: 1), "beta1", "[0, 1)" },
        { "adamw beta2 NaN", () => Optimizer.AdamW(beta2: Nan), "beta2", "[0, 1)" },
        { "adamw eps < 0", () => Optimizer.AdamW(eps: -1e-8), "eps", "[0, +inf)" },
        { "adamw weight decay < 0", () => Optimizer.AdamW(weightDecay: -0.01), "weightDecay", "[0, +inf)" },
        { "adamax lr < 0", () => Optimizer.Adamax(-1), "learningRate", "[0, +inf)" },
        { "adamax beta1 = 1", () => Optimizer.Adamax(beta1: 1), "beta1", "[0, 1)" },
        { "adamax beta2 < 0", () => Optimizer.Adamax(beta2: -0.5), "beta2", "[0, 1)" },
        { "adamax eps < 0", () => Optimizer.Adamax(eps: -1), "eps", "[0, +inf)" },
        { "adamax weight decay < 0", () => Optimizer.Adamax(weightDecay: -1), "weightDecay", "[0, +inf)" },
        { "nadam lr < 0", () => Optimizer.NAdam(-1), "learningRate", "[0, +inf)" },
        { "nadam beta1 = 1", () => Optimizer.NAdam(beta1: 1), "beta1", "[0, 1)" },
        { "nadam beta2 = 1", () => Optimizer.NAdam(beta2: 1), "beta2", "[0, 1)" },
        { "nadam eps < 0", () => Optimizer.NAdam(eps: -1), "eps", "[0, +inf)" },
        { "nadam weight decay < 0", () => Optimizer.NAdam(weightDecay: -1), "weightDecay", "[0, +inf)" },
        { "nadam momentum decay < 0", () => Optimizer.NAdam(momentumDecay: -0.004), "momentumDecay", "[0, +inf)" },
        { "radam lr < 0", () => Optimizer.RAdam(-1), "learningRate", "[0, +inf)" },
        { "radam beta1 = 1", () => Optimizer.RAdam(beta1: 1), "beta1", "[0, 1)" },
        { "radam beta2 = 1", () => Optimizer.RAdam(beta2: 1), "beta2", "[0, 1)" },
        { "radam eps < 0", () => Optimizer.RAdam(eps: -1), "eps", "[0, +inf)" },
        { "radam weight decay < 0", () => Optimizer.RAdam(weightDecay: -1), "weightDecay", "[0, +inf)" },
        { "lion lr < 0", () => Optimizer.Lion(-1e-4), "learningRate", "[0, +inf)" },
        { "lion beta1 > 1", () => Optimizer.Lion(beta1: 1.1), "beta1", "[0, 1]" },
        { "lion beta1 < 0", () => Optimizer.Lion(beta1: -0.1), "beta1", "[0, 1]" },
        { "lion beta2 = 1", () => Optimizer.Lion(beta2: 1), "beta2", "[0, 1)" },
        { "lion weight decay < 0", () => Optimizer.Lion(weightDecay: -1), "weightDecay", "[0, +inf)" },
    };

    [Theory]
    [MemberData(nameof(BadHyperParameters))]
    public void Rejects_out_of_range_hyper_parameters(string description, Func<Optimizer> create, string parameter, string range)
    {
        var error = Assert.ThrowsAny<ArgumentOutOfRangeException>(create);
        Assert.True(error.ParamName == parameter, $"{description}: ParamName {error.ParamName}, expected {parameter}");
        Assert.Contains(range, error.Message);
    }

    [Fact]
    public void Accepts_the_boundaries_of_every_range()
    {
        Assert.NotNull(Optimizer.Sgd(0, momentum: 0, dampening: 1, weightDecay: 0));
        Assert.NotNull(Optimizer.RmsProp(0, alpha: 0, eps: 0, momentum: 0));
        Assert.NotNull(Optimizer.RmsProp(alpha: 1));
        Assert.NotNull(Optimizer.Adadelta(rho: 0, eps: 0));
        Assert.NotNull(Optimizer.Adadelta(rho: 1));
        Assert.NotNull(Optimizer.Adam(beta1: 0, beta2: 0, eps: 0));
        Assert.NotNull(Optimizer.Lion(beta1: 1, beta2: 0));
    }

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(0.9, 0.1)]
    public void Nesterov_requires_momentum_and_zero_dampening(double momentum, double dampening)
    {
        var error = Assert.Throws<ArgumentException>(() => Optimizer.Sgd(0.1, momentum, dampening, nesterov: true));
        Assert.Equal("nesterov", error.ParamName);
        Assert.Contains("momentum in (0, 1) and dampening = 0", error.Message);
    }

    [Fact]
    public void A_null_schedule_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => Optimizer.Sgd(null!));
    }

    [Fact]
    public void A_schedule_that_returns_a_negative_rate_stops_the_step()
    {
        var optimizer = Optimizer.Sgd(new GeometricTestSchedule(-0.1, 1));
        OptimizerState state = optimizer.CreateState(1);
        double[] p = [1.0];
        var error = Assert.Throws<InvalidOperationException>(() => optimizer.Step(p, [1.0], state));
        Assert.Contains("finite number >= 0", error.Message);
        Assert.Equal(1.0, p[0]);
        Assert.Equal(0, state.Step);
    }

    [Fact]
    public void CreateState_needs_at_least_one_parameter()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Optimizer.Adam().CreateState(0));
        Assert.Equal("parameterCount", error.ParamName);
    }
}
