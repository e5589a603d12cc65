using System.Numerics;
using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Optimizers;

/// <summary>
/// Adagrad (Duchi, Hazan &amp; Singer 2011): each parameter's step is divided by the root of its summed squared
/// gradients. PyTorch: <c>torch.optim.Adagrad</c> (1.13, reproduced exactly, including <c>lr_decay</c>);
/// Keras: <c>Adagrad(initial_accumulator_value, epsilon)</c>; Optax: <c>optax.adagrad</c>.
/// </summary>
/// <remarks>
/// <para>At step t = 1, 2, … with d = g + λ·p:</para>
/// <code>
/// clr = η / (1 + (t − 1)·lr_decay)
/// G  ← G + d²                      (G₀ = initial accumulator value)
/// p  ← p − clr·d / (√G + ε)
/// </code>
/// <para>State buffers: 0 = sum of squared gradients G.</para>
/// <para>Effective step size: clr / (√G + ε), the factor the gradient d of the most recent step was multiplied by
/// (G includes that step's d²). Before the first step: η / (√G₀ + ε).</para>
/// </remarks>
public sealed record Adagrad : Optimizer
{
    /// <summary>The index of the squared-gradient sum G in <see cref="OptimizerState.Buffer"/>.</summary>
    public const int SumBuffer = 0;

    internal Adagrad(Schedule learningRate, double lrDecay, double weightDecay, double initialAccumulatorValue, double eps) : base(learningRate)
    {
        LrDecay = Guard.NonNegative(lrDecay);
        WeightDecay = Guard.NonNegative(weightDecay);
        InitialAccumulatorValue = Guard.NonNegative(initialAccumulatorValue);
        Eps = Guard.NonNegative(eps);
    }

    /// <summary>Learning-rate decay &gt;= 0: step t uses η / (1 + (t − 1)·lr_decay).</summary>
    public double LrDecay { get; }

    /// <summary>L2 weight decay λ &gt;= 0, added to the gradient as λ·p.</summary>
    public double WeightDecay { get; }

    /// <summary>The starting value G₀ &gt;= 0 of the squared-gradient sum.</summary>
    public double InitialAccumulatorValue { get; }

    /// <summary>ε &gt;= 0 added to √G.</summary>
    public double Eps { get; }

    /// <inheritdoc />
    public override string Name => OptimizerLabel.Start("Adagrad", LearningRate)
        .With("lr_decay", LrDecay, 0).With("weight_decay", WeightDecay, 0)
        .With("initial_accumulator_value", InitialAccumulatorValue, 0).With("eps", Eps, 1e-10).ToString();

    /// <inheritdoc />
    protected override int BufferCount => 1;

    /// <inheritdoc />
    protected override void InitializeState(OptimizerState state) => state.Buffer(SumBuffer).Fill(InitialAccumulatorValue);

    private double DecayedLearningRate(double learningRate, int step) => learningRate / (1 + (step - 1) * LrDecay);

    /// <inheritdoc />
    protected override void Update(Span<double> parameters, ReadOnlySpan<double> gradient, OptimizerState state, double learningRate)
    {
        bool decay = WeightDecay != 0;
        double negClr = -DecayedLearningRate(learningRate, state.Step + 1), wd = WeightDecay, eps = Eps;
        Span<double> sum = state.Buffer(SumBuffer);

        int n = Vectorization.VectorizedLength(parameters.Length);
        var pv = Vectorization.AsVectors(parameters, n);
        var gv = Vectorization.AsVectors(gradient, n);
        var sv = Vectorization.AsVectors(sum, n);
        Vector<double> vNegClr = new(negClr), vWd = new(wd), vEps = new(eps);
        for (int i = 0; i < pv.Length; i++)
        {
            ref Vector<double> p = ref pv[i];
            ref Vector<double> s = ref sv[i];
            Vector<double> d = gv[i];
            if (decay) d += vWd * p;
            s += d * d;
            p += vNegClr * d / (Vector.SquareRoot(s) + vEps);
        }
        for (int i = n; i < parameters.Length; i++)
        {
            ref double p = ref parameters[i];
            ref double s = ref sum[i];
            double d = gradient[i];
            if (decay) d += wd * p;
            s += d * d;
            p += negClr * d / (Math.Sqrt(s) + eps);
        }
    }

    /// <inheritdoc />
    protected override void ComputeEffectiveStepSize(OptimizerState state, double learningRate, Span<double> destination)
    {
        double clr = DecayedLearningRate(learningRate, Math.Max(state.Step, 1));
        ReadOnlySpan<double> sum = state.Buffer(SumBuffer);
        for (int i = 0; i < destination.Length; i++) destination[i] = clr / (Math.Sqrt(sum[i]) + Eps);
    }
}
