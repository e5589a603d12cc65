using System.Numerics;
using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Optimizers;

/// <summary>
/// RAdam (Liu et al. 2020, "On the Variance of the Adaptive Learning Rate and Beyond"): Adam whose adaptive
/// denominator is switched on only once its variance is tractable (ρₜ &gt; 5), and then rectified.
/// PyTorch: <c>torch.optim.RAdam</c> (1.13, reproduced exactly); Keras: none in core (TensorFlow Addons
/// <c>RectifiedAdam</c>); Optax: <c>optax.radam</c>.
/// </summary>
/// <remarks>
/// <para>At step t = 1, 2, … with d = g + λ·p:</para>
/// <code>
/// m ← β₁·m + (1 − β₁)·d,   v ← β₂·v + (1 − β₂)·d²,   m̂ = m / (1 − β₁ᵗ)
/// ρ∞ = 2/(1 − β₂) − 1,     ρₜ = ρ∞ − 2t·β₂ᵗ / (1 − β₂ᵗ)
/// ρₜ &gt; 5:  r = √((ρₜ − 4)(ρₜ − 2)ρ∞ / ((ρ∞ − 4)(ρ∞ − 2)ρₜ)),   p ← p − m̂·η·(√(1 − β₂ᵗ) / (√v + ε))·r
/// else:    p ← p − m̂·η                  (SGD with bias-corrected momentum)
/// </code>
/// <para>State buffers: 0 = first moment m, 1 = second moment v.</para>
/// <para>Effective step size: the factor the first moment m was multiplied by at the most recent step t:
/// η·√(1 − β₂ᵗ)·r / ((1 − β₁ᵗ)(√v + ε)) when ρₜ &gt; 5, else η / (1 − β₁ᵗ).</para>
/// </remarks>
public sealed record RAdam : AdaptiveMomentOptimizer
{
    internal RAdam(Schedule learningRate, double beta1, double beta2, double eps, double weightDecay) : base(learningRate, beta1, beta2, eps, weightDecay)
    {
    }

    /// <inheritdoc />
    public override string Name => Label("RAdam").ToString();

    /// <summary>
    /// The length ρₜ of the approximated simple moving average at step <paramref name="step"/> (1-based);
    /// the adaptive term is used when it exceeds 5.
    /// </summary>
    public double SmaLength(int step)
    {
        Guard.AtLeast(step, 1);
        double rhoInf = 2 / (1 - Beta2) - 1;
        return rhoInf - 2 * step * Math.Pow(Beta2, step) / (1 - Math.Pow(Beta2, step));
    }

    /// <summary>The rectification r of step t, or null when ρₜ &lt;= 5 (no adaptive term).</summary>
    private double? Rectification(int step)
    {
        double rhoInf = 2 / (1 - Beta2) - 1, rho = SmaLength(step);
        if (!(rho > 5.0)) return null;
        return Math.Sqrt((rho - 4) * (rho - 2) * rhoInf / ((rhoInf - 4) * (rhoInf - 2) * rho));
    }

    /// <inheritdoc />
    protected override int BufferCount => 2;

    /// <inheritdoc />
    protected override void Update(Span<double> parameters, ReadOnlySpan<double> gradient, OptimizerState state, double learningRate)
    {
        int t = state.Step + 1;
        double bc1 = 1 - Math.Pow(Beta1, t), bc2 = 1 - Math.Pow(Beta2, t);
        double? rect = Rectification(t);
        bool adaptive = rect.HasValue, decay = WeightDecay != 0;
        double r = rect.GetValueOrDefault(), bc2Sqrt = Math.Sqrt(bc2), lr = learningRate;
        double beta1 = Beta1, beta2 = Beta2, oneMinusBeta1 = 1 - Beta1, oneMinusBeta2 = 1 - Beta2, eps = Eps, wd = WeightDecay;
        Span<double> first = state.Buffer(FirstMomentBuffer), second = state.Buffer(SecondMomentBuffer);

        int n = Vectorization.VectorizedLength(parameters.Length);
        var pv = Vectorization.AsVectors(parameters, n);
        var gv = Vectorization.AsVectors(gradient, n);
        var mv = Vectorization.AsVectors(first, n);
        var vv = Vectorization.AsVectors(second, n);
        Vector<double> vB1 = new(beta1), vB2 = new(beta2), vC1 = new(oneMinusBeta1), vC2 = new(oneMinusBeta2), vEps = new(eps),
            vWd = new(wd), vBc1 = new(bc1), vBc2Sqrt = new(bc2Sqrt), vLr = new(lr), vRect = new(r);
        for (int i = 0; i < pv.Length; i++)
        {
            ref Vector<double> p = ref pv[i];
            ref Vector<double> m = ref mv[i];
            ref Vector<double> v = ref vv[i];
            Vector<double> d = gv[i];
            if (decay) d += vWd * p;
            m = m * vB1 + vC1 * d;
            v = v * vB2 + vC2 * d * d;
            Vector<double> step = m / vBc1 * vLr;
            if (adaptive) step = step * (vBc2Sqrt / (Vector.SquareRoot(v) + vEps)) * vRect;
            p -= step;
        }
        for (int i = n; i < parameters.Length; i++)
        {
            ref double p = ref parameters[i];
            ref double m = ref first[i];
            ref double v = ref second[i];
            double d = gradient[i];
            if (decay) d += wd * p;
            m = m * beta1 + oneMinusBeta1 * d;
            v = v * beta2 + oneMinusBeta2 * d * d;
            double step = m / bc1 * lr;
            if (adaptive) step = step * (bc2Sqrt / (Math.Sqrt(v) + eps)) * r;
            p -= step;
        }
    }

    /// <inheritdoc />
    protected override void ComputeEffectiveStepSize(OptimizerState state, double learningRate, Span<double> destination)
    {
        int t = Math.Max(state.Step, 1);
        double bc1 = 1 - Math.Pow(Beta1, t), bc2Sqrt = Math.Sqrt(1 - Math.Pow(Beta2, t));
        double? rect = Rectification(t);
        if (rect is not double r)
        {
            destination.Fill(learningRate / bc1);
            return;
        }
        ReadOnlySpan<double> second = state.Buffer(SecondMomentBuffer);
        for (int i = 0; i < destination.Length; i++) destination[i] = learningRate / bc1 * (bc2Sqrt / (Math.Sqrt(second[i]) + Eps)) * r;
    }
}
