# Copyright (c) 2026 Mini Analysis Workbench contributors
# SPDX-License-Identifier: EPL-2.0
#
# The expected values of FitterTest.agreesWithScipy: run with python3 (Debian python3-scipy).
# Independent cross-check of the Java likelihood on LikelihoodTest.everything() with scipy.
import numpy as np
from scipy.optimize import minimize
def lk(th, up, dn):
    hi, lo = np.log(up), -np.log(dn)
    if abs(th) >= 0.5: return hi if th >= 0 else lo
    t = 2*th; return 0.5*(hi+lo) + 0.5*(hi-lo)*(3*t**5 - 10*t**3 + 15*t)/8
def f(th, up, dn): return np.exp(th*lk(th, up, dn))
def nll(p):
    mu, lumi, asym, norm, gam, ss = p
    L = 1.03**lumi; N = 5.0**norm
    b0 = 4*mu*L*f(ss,1.15,0.9) + 5*L*f(asym,1.4,0.7) + 3*N + 0.2*gam
    b1 = 1*mu*L*f(ss,1.1,0.95) + 2*f(asym,1.3,1.2)
    cr = 18*N + 0.5*mu*L
    t = 0
    for n, nu in ((12,b0),(3,b1),(20,cr)):
        if nu <= 0: return 1e30
        t += nu - n + n*np.log(n/nu)
    t += 0.5*(lumi**2 + asym**2 + ss**2)
    t += gam - 7 + 7*np.log(7/gam) if gam > 0 else 1e30
    return t
bounds = [(0, None), (None, None), (None, None), (-1, 1), (1e-9, None), (None, None)]
best = None
for start in ([1,0,0,0,7,0], [0.5,0.1,-0.2,0.1,5,0.1], [2,0,0,-0.5,9,0]):
    r = minimize(nll, start, method='L-BFGS-B', bounds=bounds, options=dict(ftol=1e-15, gtol=1e-11, maxiter=10000))
    if best is None or r.fun < best.fun: best = r
print("unconditional", repr(best.fun), list(best.x))
for mu in (0.0, 2.0):
    b2 = [(mu, mu)] + bounds[1:]
    r = minimize(nll, [mu,0,0,0,7,0], method='L-BFGS-B', bounds=b2, options=dict(ftol=1e-15, gtol=1e-11, maxiter=10000))
    print("mu", mu, repr(r.fun), list(r.x))
