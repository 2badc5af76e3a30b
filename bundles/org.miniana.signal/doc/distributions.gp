# Plots the fast simulation's MHT and Njets distributions of two T1tttt mass points (the CSV
# tables beside this file) into distributions.png. Run: gnuplot distributions.gp
set terminal pngcairo size 1200,480 font "DejaVu Sans,11"
set output "distributions.png"
set datafile separator ","
set multiplot layout 1,2 title "Fast simulation, T1tttt, m(gluino) = 1500 GeV: generated events (fraction)"
set style fill transparent solid 0.35 noborder
set key top right
set xlabel "MHT [GeV]"
set ylabel "fraction of generated events"
set xrange [0:1500]
plot "T1tttt_1500_100_mht.csv" every ::1 using (($1+$2)/2):3:($2-$1) with boxes lc rgb "#3182bd" title "m(LSP) = 100 GeV", \
     "T1tttt_1500_1100_mht.csv" every ::1 using (($1+$2)/2):3:($2-$1) with boxes lc rgb "#e6550d" title "m(LSP) = 1100 GeV"
set xlabel "N_{jets} (p_T > 30 GeV, |η| < 2.4)"
set xrange [-0.5:16.5]
plot "T1tttt_1500_100_njets.csv" every ::1 using 1:3:(0.8) with boxes lc rgb "#3182bd" title "m(LSP) = 100 GeV", \
     "T1tttt_1500_1100_njets.csv" every ::1 using 1:3:(0.8) with boxes lc rgb "#e6550d" title "m(LSP) = 1100 GeV"
unset multiplot
