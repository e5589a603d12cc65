using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using LrNotebooks.Core.Optimizers;

namespace LrNotebooks.Benchmarks;

/// <summary>
/// One optimizer step on 10,000,000 float64 parameters beside the memory-bandwidth floor, a plain copy of a 10M-double
/// vector (<see cref="Span{T}.CopyTo"/>: one read pass and one write pass). The data touched per step:
/// copy 2 passes (read, write); SGD with momentum 5 (read p, g, b; write p, b);
/// Adam and AdamW 7 (read p, g, m, v; write p, m, v). README.md turns the times into ratios per byte touched.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class OptimizerStepBenchmarks
{
    /// <summary>Parameters per step.</summary>
    public const int N = 10_000_000;

    private double[] _source = null!, _destination = null!, _parameters = null!, _gradient = null!;
    private Optimizer _sgd = null!, _adam = null!, _adamW = null!;
    private OptimizerState _sgdState = null!, _adamState = null!, _adamWState = null!;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // A short job (the machine is shared): 1 process, 3 warm-up and 15 measured iterations of ~0.5 s each.
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(15).WithId("10M"));
            // Medians and minima are less sensitive than means to other processes competing for memory bandwidth.
            AddColumn(StatisticColumn.Median, StatisticColumn.Min);
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        _source = new double[N];
        _destination = new double[N];
        _parameters = new double[N];
        _gradient = new double[N];
        for (int i = 0; i < N; i++)
        {
            _source[i] = random.NextDouble();
            _parameters[i] = 2 * random.NextDouble() - 1;
            _gradient[i] = 1e-3 * (2 * random.NextDouble() - 1);
        }
        _sgd = Optimizer.Sgd(1e-3, momentum: 0.9);
        _adam = Optimizer.Adam(1e-3);
        _adamW = Optimizer.AdamW(1e-3);
        _sgdState = _sgd.CreateState(N);
        _adamState = _adam.CreateState(N);
        _adamWState = _adamW.CreateState(N);
        // One step each so the states are past their first-step special cases and all pages are touched.
        _sgd.Step(_parameters, _gradient, _sgdState);
        _adam.Step(_parameters, _gradient, _adamState);
        _adamW.Step(_parameters, _gradient, _adamWState);
        _source.AsSpan().CopyTo(_destination);
    }

    [Benchmark(Baseline = true, Description = "Copy 10M doubles (Span.CopyTo)")]
    public void Copy() => _source.AsSpan().CopyTo(_destination);

    [Benchmark(Description = "SGD momentum step, 10M")]
    public void SgdMomentum() => _sgd.Step(_parameters, _gradient, _sgdState);

    [Benchmark(Description = "Adam step, 10M")]
    public void Adam() => _adam.Step(_parameters, _gradient, _adamState);

    [Benchmark(Description = "AdamW step, 10M")]
    public void AdamW() => _adamW.Step(_parameters, _gradient, _adamWState);
}
