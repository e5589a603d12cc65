using BenchmarkDotNet.Attributes;
using LrNotebooks.Training;

namespace LrNotebooks.Benchmarks;

/// <summary>
/// Sweep scaling: 8 runs (4 learning rates x 2 seeds) of 3 epochs each, MLP 64-64-10, batch 32, SGD momentum 0.9,
/// run with at most 1 or 2 runs at a time (<c>ParallelOptions.MaxDegreeOfParallelism</c>). Speed-up = time(1) / time(2).
/// </summary>
[MinColumn, MedianColumn]
public class SweepScalingBenchmark
{
    private DataSplit _data = null!;
    private SweepGrid _grid = null!;

    [Params(1, 2)]
    public int MaxDegreeOfParallelism { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = Digits.Load();
        _grid = new SweepGrid([0.003, 0.01, 0.03, 0.1], [ScheduleChoice.Constant],
            [new OptimizerChoice("SGD momentum 0.9", lr => new TrainerBenchmarkSgd(lr, 0.9))], [0, 1]);
    }

    [Benchmark]
    public SweepResult Sweep() => TrainingSweep.Run(Network.ForDigits(64), _data, _grid, new TrainingOptions { Epochs = 3 }, MaxDegreeOfParallelism);
}
