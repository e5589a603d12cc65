using System.Numerics;

namespace LrNotebooks.Core.Optimizers;

/// <summary>
/// The fused update shared by <see cref="Adam"/> (L2 weight decay folded into the gradient) and
/// <see cref="AdamW"/> (decoupled weight decay), in the operation order of PyTorch 1.13's single-tensor path:
/// <code>
/// Adam:  d = g + λ·p            AdamW:  p ← p·(1 − η·λ),  d = g
/// m ← β₁·m + (1 − β₁)·d
/// v ← β₂·v + (1 − β₂)·d²
/// v̂ = max(v̂, v)  (AMSGrad)  or  v
/// p ← p − (η / (1 − β₁ᵗ))·m / (√v̂ / √(1 − β₂ᵗ) + ε)
/// </code>
/// Buffers: 0 = m, 1 = v, 2 = running maximum v̂ (AMSGrad only).
/// </summary>
internal static class AdamUpdate
{
    internal const int FirstMoment = AdaptiveMomentOptimizer.FirstMomentBuffer, SecondMoment = AdaptiveMomentOptimizer.SecondMomentBuffer, MaxSecondMoment = 2;

    internal static void Apply(Span<double> parameters, ReadOnlySpan<double> gradient, OptimizerState state, double learningRate,
        double beta1, double beta2, double eps, double l2Decay, double decoupledDecay, bool amsgrad)
    {
        int t = state.Step + 1;
        double bc1 = 1 - Math.Pow(beta1, t), bc2 = 1 - Math.Pow(beta2, t);
        double negStepSize = -(learningRate / bc1), bc2Sqrt = Math.Sqrt(bc2);
        double oneMinusBeta1 = 1 - beta1, oneMinusBeta2 = 1 - beta2, shrink = 1 - learningRate * decoupledDecay;
        bool l2 = l2Decay != 0, decoupled = decoupledDecay != 0;
        Span<double> first = state.Buffer(FirstMoment), second = state.Buffer(SecondMoment);
        Span<double> max = amsgrad ? state.Buffer(MaxSecondMoment) : Span<double>.Empty;

        int n = Vectorization.VectorizedLength(parameters.Length);
        var pv = Vectorization.AsVectors(parameters, n);
        var gv = Vectorization.AsVectors(gradient, n);
        var mv = Vectorization.AsVectors(first, n);
        var vv = Vectorization.AsVectors(second, n);
        var xv = amsgrad ? Vectorization.AsVectors(max, n) : Span<Vector<double>>.Empty;
        Vector<double> vB1 = new(beta1), vB2 = new(beta2), vC1 = new(oneMinusBeta1), vC2 = new(oneMinusBeta2),
            vL2 = new(l2Decay), vShrink = new(shrink), vNegStep = new(negStepSize), vBc2Sqrt = new(bc2Sqrt), vEps = new(eps);
        for (int i = 0; i < pv.Length; i++)
        {
            ref Vector<double> p = ref pv[i];
            ref Vector<double> m = ref mv[i];
            ref Vector<double> v = ref vv[i];
            Vector<double> d = gv[i];
            if (l2) d += vL2 * p;
            if (decoupled) p *= vShrink;
            m = m * vB1 + vC1 * d;
            v = v * vB2 + vC2 * d * d;
            Vector<double> vHat = v;
            if (amsgrad) vHat = xv[i] = Vector.Max(xv[i], v);
            p += vNegStep * m / (Vector.SquareRoot(vHat) / vBc2Sqrt + vEps);
        }
        for (int i = n; i < parameters.Length; i++)
        {
            ref double p = ref parameters[i];
            ref double m = ref first[i];
            ref double v = ref second[i];
            double d = gradient[i];
            if (l2) d += l2Decay * p;
            if (decoupled) p *= shrink;
            m = m * beta1 + oneMinusBeta1 * d;
            v = v * beta2 + oneMinusBeta2 * d * d;
            double vHat = v;
            if (amsgrad) vHat = max[i] = Math.Max(max[i], v);
            p += negStepSize * m / (Math.Sqrt(vHat) / bc2Sqrt + eps);
        }
    }

    /// <summary>(η / (1 − β₁ᵗ)) / (√v̂ / √(1 − β₂ᵗ) + ε): the factor the first moment m was multiplied by at step t.</summary>
    internal static void EffectiveStepSize(OptimizerState state, double learningRate, double beta1, double beta2, double eps, bool amsgrad,
        Span<double> destination)
    {
        int t = Math.Max(state.Step, 1);
        double stepSize = learningRate / (1 - Math.Pow(beta1, t)), bc2Sqrt = Math.Sqrt(1 - Math.Pow(beta2, t));
        ReadOnlySpan<double> vHat = state.Buffer(amsgrad ? MaxSecondMoment : SecondMoment);
        for (int i = 0; i < destination.Length; i++) destination[i] = stepSize / (Math.Sqrt(vHat[i]) / bc2Sqrt + eps);
    }
}
