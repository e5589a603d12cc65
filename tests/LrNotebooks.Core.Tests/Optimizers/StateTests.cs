using LrNotebooks.Core.Optimizers;

namespace LrNotebooks.Core.Tests.Optimizers;

/// <summary>State bookkeeping: lengths, ownership, buffers, cloning, determinism.</summary>
public sealed class StateTests
{
    public static TheoryData<string> Names => OptimizerCatalog.Names;

    [Theory]
    [MemberData(nameof(Names))]
    public void Rejects_spans_of_the_wrong_length(string name)
    {
        Optimizer optimizer = OptimizerCatalog.All[name];
        OptimizerState state = optimizer.CreateState(3);
        Assert.Equal("parameters", Assert.Throws<ArgumentException>(() => optimizer.Step(new double[2], new double[3], state)).ParamName);
        Assert.Equal("gradient", Assert.Throws<ArgumentException>(() => optimizer.Step(new double[3], new double[4], state)).ParamName);
        Assert.Equal("destination", Assert.Throws<ArgumentException>(() => optimizer.EffectiveStepSize(state, new double[2])).ParamName);
        Assert.Equal(0, state.Step);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Rejects_the_state_of_another_optimizer(string name)
    {
        Optimizer optimizer = OptimizerCatalog.All[name];
        foreach (var (otherName, other) in OptimizerCatalog.All)
        {
            if (otherName == name) continue;
            OptimizerState foreign = other.CreateState(2);
            var error = Assert.Throws<ArgumentException>(() => optimizer.Step(new double[2], new double[2], foreign));
            Assert.Equal("state", error.ParamName);
            Assert.Contains(other.Name, error.Message);
        }
    }

    [Fact]
    public void An_equal_optimizer_may_continue_a_state()
    {
        // Optimizers are value records: an equal description (same hyper-parameters and schedule) owns the same states.
        OptimizerState state = Optimizer.Adam(0.01, amsgrad: true).CreateState(2);
        Optimizer.Adam(0.01, amsgrad: true).Step(new double[2], [1.0, 2.0], state);
        Assert.Equal(1, state.Step);
        Assert.Throws<ArgumentException>(() => Optimizer.Adam(0.02, amsgrad: true).Step(new double[2], [1.0, 2.0], state));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Null_state_is_rejected(string name)
    {
        Optimizer optimizer = OptimizerCatalog.All[name];
        Assert.Throws<ArgumentNullException>(() => optimizer.Step(new double[1], new double[1], null!));
        Assert.Throws<ArgumentNullException>(() => optimizer.EffectiveStepSize(null!, new double[1]));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Same_inputs_give_the_same_numbers(string name)
    {
        Optimizer optimizer = OptimizerCatalog.All[name];
        var first = OptimizerCatalog.Run(optimizer, 37, 50);
        var second = OptimizerCatalog.Run(optimizer, 37, 50);
        Assert.Equal(first.Point, second.Point);
        Assert.All(first.Point, x => Assert.True(double.IsFinite(x)));
        Assert.NotEqual(OptimizerCatalog.Start(37), first.Point);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void A_clone_continues_exactly_like_the_original(string name)
    {
        Optimizer optimizer = OptimizerCatalog.All[name];
        var (p, state) = OptimizerCatalog.Run(optimizer, 9, 5);
        OptimizerState clone = state.Clone();
        double[] q = p.ToArray(), g = [.. Enumerable.Range(0, 9).Select(i => Math.Sin(i) + 0.5)];
        for (int t = 0; t < 5; t++)
        {
            optimizer.Step(p, g, state);
            optimizer.Step(q, g, clone);
        }
        Assert.Equal(p, q);
        Assert.Equal(state.Step, clone.Step);
        Assert.Equal(state.LastLearningRate, clone.LastLearningRate);
        Assert.Equal(state.Scalars.ToArray(), clone.Scalars.ToArray());
    }

    [Fact]
    public void Buffer_layout_is_as_documented()
    {
        Assert.Equal(0, Optimizer.Sgd(0.1).CreateState(2).BufferCount);
        Assert.Equal(1, Optimizer.Sgd(0.1, momentum: 0.9).CreateState(2).BufferCount);
        Assert.Equal(1, Optimizer.RmsProp().CreateState(2).BufferCount);
        Assert.Equal(3, Optimizer.RmsProp(momentum: 0.5, centered: true).CreateState(2).BufferCount);
        Assert.Equal((1, 2), (Optimizer.RmsProp(momentum: 0.5, centered: true).GradientAverageBuffer, Optimizer.RmsProp(momentum: 0.5, centered: true).MomentumBuffer));
        Assert.Equal((-1, 1), (Optimizer.RmsProp(momentum: 0.5).GradientAverageBuffer, Optimizer.RmsProp(momentum: 0.5).MomentumBuffer));
        Assert.Equal(2, Optimizer.Adam().CreateState(2).BufferCount);
        Assert.Equal(3, Optimizer.Adam(amsgrad: true).CreateState(2).BufferCount);
        Assert.Equal(3, Optimizer.Adadelta().CreateState(2).BufferCount);
        Assert.Equal(1, Optimizer.Lion().CreateState(2).BufferCount);

        Assert.Equal([0.25, 0.25], Optimizer.Adagrad(initialAccumulatorValue: 0.25).CreateState(2).Buffer(Adagrad.SumBuffer).ToArray());
        Assert.Equal([1.0], Optimizer.NAdam().CreateState(1).Scalars.ToArray());
        Assert.Equal([1.0, 1.0], Optimizer.Adadelta().CreateState(2).Buffer(Adadelta.RatioBuffer).ToArray());
    }

    [Fact]
    public void Momentum_buffers_hold_what_the_documentation_says()
    {
        // SGD: b₁ = d (no dampening on the first step), then b₂ = μ b₁ + (1 − τ) d.
        var sgd = Optimizer.Sgd(0.1, momentum: 0.9, dampening: 0.5);
        OptimizerState s = sgd.CreateState(1);
        double[] p = [1.0];
        sgd.Step(p, [2.0], s);
        Assert.Equal(2.0, s.Buffer(Sgd.MomentumBuffer)[0]);
        sgd.Step(p, [4.0], s);
        Assert.Equal(0.9 * 2.0 + 0.5 * 4.0, s.Buffer(Sgd.MomentumBuffer)[0], 15);

        // Adam: m and v are the raw (uncorrected) moments; AMSGrad keeps the running maximum of v.
        var adam = Optimizer.Adam(0.1, amsgrad: true);
        OptimizerState a = adam.CreateState(1);
        adam.Step(p, [3.0], a);
        adam.Step(p, [0.0], a);
        Assert.Equal(0.9 * 0.3, a.Buffer(Adam.FirstMomentBuffer)[0], 15);
        Assert.Equal(0.999 * 0.009, a.Buffer(Adam.SecondMomentBuffer)[0], 15);
        Assert.Equal(0.009, a.Buffer(Adam.MaxSecondMomentBuffer)[0], 15);
    }

    [Fact]
    public void Names_show_the_learning_rate_and_non_default_settings()
    {
        Assert.Equal("SGD(lr=0.1)", Optimizer.Sgd(0.1).Name);
        Assert.Equal("SGD(lr=0.1, momentum=0.9, nesterov)", Optimizer.Sgd(0.1, momentum: 0.9, nesterov: true).Name);
        Assert.Equal("Adam(lr=0.001)", Optimizer.Adam().Name);
        Assert.Equal("AdamW(lr=0.001)", Optimizer.AdamW().Name);
        Assert.Equal("AdamW(lr=0.001, weight_decay=0, amsgrad)", Optimizer.AdamW(weightDecay: 0, amsgrad: true).Name);
        Assert.Equal("RMSprop(lr=0.01, momentum=0.5, centered)", Optimizer.RmsProp(momentum: 0.5, centered: true).Name);
        Assert.Equal("Lion(lr=0.0001, weight_decay=0.1)", Optimizer.Lion(weightDecay: 0.1).Name);
        Assert.Equal("Adagrad(lr=0.01, lr_decay=0.01)", Optimizer.Adagrad(lrDecay: 0.01).Name);
        Assert.Equal("Adadelta(lr=1)", Optimizer.Adadelta().Name);
        Assert.Equal("Adamax(lr=0.002)", Optimizer.Adamax().Name);
        Assert.Equal("NAdam(lr=0.002, momentum_decay=0.01)", Optimizer.NAdam(momentumDecay: 0.01).Name);
        Assert.Equal("RAdam(lr=0.001)", Optimizer.RAdam().Name);
        Assert.StartsWith("SGD(lr=geometric(", Optimizer.Sgd(new GeometricTestSchedule(0.1, 0.9)).Name);
    }
}
