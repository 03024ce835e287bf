var fn = Array.isArray, ha = Array.prototype.indexOf, _t = Array.prototype.includes, It = Array.from, Fr = Object.keys, hr = Object.defineProperty, We = Object.getOwnPropertyDescriptor, _a = Object.getOwnPropertyDescriptors, ga = Object.prototype, pa = Array.prototype, un = Object.getPrototypeOf, Br = Object.isExtensible, ma = () => {
};
function ya(e) {
  for (var t = 0; t < e.length; t++) e[t]();
}
function cn() {
  var e, t;
  return {
    promise: new Promise((r, n) => {
      e = r, t = n;
    }),
    resolve: e,
    reject: t
  };
}
var yl = 1 << 24, de = 1024, te = 2048, ze = 4096, _r = 8192, dn = 16384, gr = 32768, tr = 1 << 25, pr = 65536, wl = 1 << 17, bl = 1 << 18, et = 1 << 19, wa = 1 << 20, ft = 1 << 25, Ur = 1 << 21, ba = 1 << 22, jt = 1 << 23, ut = /* @__PURE__ */ Symbol("$state"), vn = /* @__PURE__ */ Symbol("component"), hn = /* @__PURE__ */ Symbol("legacy props"), ka = /* @__PURE__ */ Symbol(""), xa = /* @__PURE__ */ Symbol("proxy path"), _n = /* @__PURE__ */ Symbol("attributes"), rr = /* @__PURE__ */ Symbol("class"), nr = /* @__PURE__ */ Symbol("style"), ar = /* @__PURE__ */ Symbol("text");
var bt = new class extends Error {
  name = "StaleReactionError";
  message = "The reaction that called `getAbortSignal()` was re-run or destroyed";
}(), gn = !!globalThis.document?.contentType && /* @__PURE__ */ globalThis.document.contentType.includes("xml"), Ne = {}, K = /* @__PURE__ */ Symbol("uninitialized");
var Sa = "http://www.w3.org/1999/xhtml";
function Ea() {
  console.warn("https://svelte.dev/e/derived_inert");
}
function Dt(e) {
  console.warn("https://svelte.dev/e/hydration_mismatch");
}
function qa() {
  console.warn("https://svelte.dev/e/svelte_boundary_reset_noop");
}
var j = !1;
function Me(e) {
  j = e;
}
var C;
function J(e) {
  if (e === null)
    throw Dt(), Ne;
  return C = e;
}
function Ft() {
  return J(/* @__PURE__ */ qe(C));
}
function L(e) {
  if (j) {
    if (/* @__PURE__ */ qe(C) !== null)
      throw Dt(), Ne;
    C = e;
  }
}
function gt(e = 1) {
  if (j) {
    for (var t = e, r = C; t--; ) r = /* @__PURE__ */ qe(r);
    C = r;
  }
}
function Ct(e = !0) {
  for (var t = 0, r = C; ; ) {
    if (r.nodeType === 8) {
      var n = r.data;
      if (n === "]") {
        if (t === 0) return r;
        t -= 1;
      } else (n === "[" || n === "[!" || n[0] === "[" && !isNaN(Number(n.slice(1)))) && (t += 1);
    }
    var a = /* @__PURE__ */ qe(r);
    e && r.remove(), r = a;
  }
}
function mr(e) {
  if (!e || e.nodeType !== 8)
    throw Dt(), Ne;
  return e.data;
}
function pn(e) {
  return e === this.v;
}
function Ta(e, t) {
  return e != e ? t == t : e !== t || e !== null && typeof e == "object" || typeof e == "function";
}
function mn(e) {
  return !Ta(e, this.v);
}
function yn(e) {
  throw new Error("https://svelte.dev/e/lifecycle_outside_component");
}
function Aa() {
  throw new Error("https://svelte.dev/e/set_context_after_init");
}
function Ma() {
  throw new Error("https://svelte.dev/e/async_derived_orphan");
}
function Ra(e, t, r) {
  throw new Error("https://svelte.dev/e/each_key_duplicate");
}
function La(e) {
  throw new Error("https://svelte.dev/e/effect_in_teardown");
}
function Oa() {
  throw new Error("https://svelte.dev/e/effect_in_unowned_derived");
}
function ja(e) {
  throw new Error("https://svelte.dev/e/effect_orphan");
}
function Ca() {
  throw new Error("https://svelte.dev/e/effect_update_depth_exceeded");
}
function za() {
  throw new Error("https://svelte.dev/e/hydration_failed");
}
function Na(e) {
  throw new Error("https://svelte.dev/e/props_invalid_value");
}
function Pa() {
  throw new Error("https://svelte.dev/e/state_descriptors_fixed");
}
function Ha() {
  throw new Error("https://svelte.dev/e/state_prototype_fixed");
}
function Ia() {
  throw new Error("https://svelte.dev/e/state_unsafe_mutation");
}
function Da() {
  throw new Error("https://svelte.dev/e/svelte_boundary_reset_onerror");
}
var ke = !1, kt = !1;
function $r(e, t) {
  return e.label = t, Fa(e.v, t), e;
}
function Fa(e, t) {
  return e?.[xa]?.(t), e;
}
function Ba(e) {
  let t = e.p;
  for (; t !== null && t.c === null; ) t = t.p;
  return t?.c ?? null;
}
function wn(e, t) {
  return e === null && yn(t), e.c ??= new Map(Ba(e) || void 0);
}
var I = null;
function Xe(e) {
  I = e;
}
function Ua(e) {
  return wn(I, "getContext").get(e);
}
function $a(e, t) {
  const r = wn(I, "setContext");
  if (ke) {
    var n = A.f;
    !R && (n & 32) !== 0 && !I.i || Aa();
  }
  return r.set(e, t), t;
}
function he(e, t = !1, r) {
  I = {
    p: I,
    i: !1,
    c: null,
    e: null,
    s: e,
    x: null,
    r: A,
    l: kt && !t ? {
      s: null,
      u: null,
      $: []
    } : null
  };
}
function _e(e) {
  var t = I, r = t.e;
  if (r !== null) {
    t.e = null;
    for (var n of r) Hn(n);
  }
  return e !== void 0 && (t.x = e), t.i = !0, I = t.p, yr(e);
}
function yr(e = {}) {
  return hr(e, vn, { value: !0 }), e;
}
function xt() {
  return !kt || I !== null && I.l === null;
}
var Ie = [];
function bn() {
  var e = Ie;
  Ie = [], ya(e);
}
function Re(e) {
  if (Ie.length === 0 && !ct) {
    var t = Ie;
    queueMicrotask(() => {
      t === Ie && bn();
    });
  }
  Ie.push(e);
}
function Ya() {
  for (; Ie.length > 0; ) bn();
}
var Va = ~(te | ze | de);
function Y(e, t) {
  e.f = e.f & Va | t;
}
function wr(e) {
  (e.f & 512) !== 0 || e.deps === null ? Y(e, de) : Y(e, ze);
}
function kn(e, t) {
  (e.f & 2048) !== 0 ? t.set(e, te) : (e.f & 4096) !== 0 && t.get(e) !== 2048 && t.set(e, ze), Y(e, de);
}
function St(e) {
  var t = R, r = A;
  ve(null), Ee(null);
  try {
    return e();
  } finally {
    ve(t), Ee(r);
  }
}
function Ga(e, t, r, n) {
  const a = xt() ? pt : br;
  var i = e.filter((u) => !u.settled), l = t.map(a);
  if (r.length === 0 && i.length === 0) {
    n(l);
    return;
  }
  var s = A, c = Ka(), v = i.length === 1 ? i[0].promise : i.length > 1 ? Promise.all(i.map((u) => u.promise)) : null;
  function _(u) {
    if ((s.f & 16384) === 0) {
      c();
      try {
        n([...l, ...u]);
      } catch (h) {
        be(h, s);
      }
      zt();
    }
  }
  var f = xn();
  if (r.length === 0) {
    v.then(() => _([])).finally(f);
    return;
  }
  function o() {
    Promise.all(r.map((u) => /* @__PURE__ */ Za(u))).then(_).catch((u) => be(u, s)).finally(f);
  }
  v ? v.then(() => {
    if ((s.f & 16384) !== 0) {
      f();
      return;
    }
    c(), o(), zt();
  }) : o();
}
function Ka() {
  var e = A, t = R, r = I, n = O;
  if (0) var a;
  return function(l = !0) {
    Ee(e), ve(t), Xe(r), l && (e.f & 16384) === 0 && (n?.activate(), n?.apply());
  };
}
var Wa = !1;
function zt(e = !0) {
  Wa = !1, Ee(null), ve(null), Xe(null), e && O?.deactivate();
}
function xn() {
  var e = A, t = e.b, r = O, n = !!t?.is_rendered();
  return t?.update_pending_count(1, r), r.increment(n, e), () => {
    t?.update_pending_count(-1, r), r.decrement(n, e);
  };
}
// @__NO_SIDE_EFFECTS__
function pt(e) {
  var t = 2 | te;
  return A !== null && (A.f |= et), {
    ctx: I,
    deps: null,
    effects: null,
    equals: pn,
    f: t,
    fn: e,
    reactions: null,
    rv: 0,
    v: K,
    wv: 0,
    parent: A,
    ac: null
  };
}
var st = /* @__PURE__ */ Symbol("obsolete");
// @__NO_SIDE_EFFECTS__
function Za(e, t, r) {
  let n = A;
  n === null && Ma();
  var a = void 0, i = Ue(K), l = !R, s = /* @__PURE__ */ new Set();
  return ci(() => {
    var c = A, v = cn();
    a = v.promise;
    try {
      Promise.resolve(e()).then(v.resolve, (u) => {
        u !== bt && v.reject(u);
      }).finally(zt);
    } catch (u) {
      v.reject(u), zt();
    }
    var _ = O;
    if (l) {
      if ((c.f & 32768) !== 0) var f = xn();
      if (n.b?.is_rendered()) _.async_deriveds.get(c)?.reject(st);
      else for (const u of s.values()) u.reject(st);
      s.add(v), _.async_deriveds.set(c, v);
    }
    const o = (u, h = void 0) => {
      f?.(), s.delete(v), h !== st && (_.activate(), h ? (i.f |= jt, Je(i, h)) : ((i.f & 8388608) !== 0 && (i.f ^= jt), Je(i, u)), _.deactivate());
    };
    v.promise.then(o, (u) => o(null, u || "unknown"));
  }), Pn(() => {
    for (const c of s) c.reject(st);
  }), new Promise((c) => {
    function v(_) {
      function f() {
        _ === a ? c(i) : v(a);
      }
      _.then(f, f);
    }
    v(a);
  });
}
// @__NO_SIDE_EFFECTS__
function X(e) {
  const t = /* @__PURE__ */ pt(e);
  return ke || $n(t), t;
}
// @__NO_SIDE_EFFECTS__
function br(e) {
  const t = /* @__PURE__ */ pt(e);
  return t.equals = mn, t;
}
function Xa(e) {
  var t = e.effects;
  if (t !== null) {
    e.effects = null;
    for (var r = 0; r < t.length; r += 1) Q(t[r]);
  }
}
function kr(e) {
  var t, r = A, n = e.parent;
  if (!Oe && n !== null && e.v !== K && (n.f & 24576) !== 0)
    return Ea(), e.v;
  Ee(n);
  try {
    Xa(e), t = Kn(e);
  } finally {
    Ee(r);
  }
  return t;
}
function Sn(e) {
  var t = kr(e);
  if (!e.equals(t) && (e.wv = Vn(), (!O?.is_fork || e.deps === null) && (O !== null ? (O.capture(e, t, !0), Ze?.capture(e, t, !0)) : e.v = t, e.deps === null))) {
    Y(e, de);
    return;
  }
  Oe || (Z !== null ? (Tr() || O?.is_fork) && Z.set(e, t) : wr(e));
}
function Ja(e) {
  if (e.effects !== null)
    for (const t of e.effects) (t.teardown || t.ac) && (t.teardown?.(), t.ac !== null && St(() => {
      t.ac.abort(bt), t.ac = null;
    }), t.fn !== null && (t.teardown = ma), mt(t, 0), Rr(t));
}
function En(e) {
  if (e.effects !== null)
    for (const t of e.effects) t.teardown && t.fn !== null && Qe(t);
}
var Mt = null, Ge = null, O = null, Ze = null, Z = null, ir = null, ct = !1, Kt = !1, dt = null, Ot = null, Yr = 0;
var Qa = 1, tt = class sr {
  id = Qa++;
  started = !1;
  linked = !0;
  prev = null;
  next = null;
  async_deriveds = /* @__PURE__ */ new Map();
  current = /* @__PURE__ */ new Map();
  previous = /* @__PURE__ */ new Map();
  #e = /* @__PURE__ */ new Set();
  #t = /* @__PURE__ */ new Set();
  #r = 0;
  #l = /* @__PURE__ */ new Map();
  #n = null;
  #a = [];
  #s = [];
  #i = /* @__PURE__ */ new Map();
  #o = /* @__PURE__ */ new Map();
  #v = /* @__PURE__ */ new Set();
  is_fork = !1;
  #f = !1;
  constructor() {
    Ge === null ? Mt = Ge = this : (Ge.next = this, this.prev = Ge), Ge = this;
  }
  #_() {
    if (this.is_fork) return !0;
    for (const t of this.#l.keys()) if (!this.#m(t)) return !0;
    return !1;
  }
  #m(t) {
    for (var r = t; r !== null; r = r.parent) if (this.#o.has(r)) return !0;
    return !1;
  }
  skip_effect(t) {
    this.#o.has(t) || this.#o.set(t, {
      d: [],
      m: []
    }), this.#v.delete(t);
  }
  unskip_effect(t, r = (n) => this.schedule(n)) {
    var n = this.#o.get(t);
    if (n) {
      this.#o.delete(t);
      for (var a of n.d)
        Y(a, te), r(a);
      for (a of n.m)
        Y(a, ze), r(a);
    }
    this.#v.add(t);
  }
  #u() {
    var t = [];
    for (const i of this.#a)
      if (!((i.f & 16384) !== 0 || (i.f & 6144) === 0)) {
        for (var r = i, n = !1; r.parent !== null; ) {
          r = r.parent;
          var a = r.f;
          if ((a & 96) !== 0) {
            if ((a & 1024) === 0) {
              n = !0;
              break;
            }
            r.f ^= de;
          }
        }
        n || t.push(r);
      }
    return this.#a = [], t;
  }
  #g() {
    this.started = !0;
    for (const [s, c] of this.#i)
      Y(s, c), this.schedule(s);
    this.apply();
    for (var t = dt = [], r = [], n = Ot = []; this.#a.length > 0; ) {
      Yr++ > 1e3 && (this.#d(), ei());
      for (const s of this.#u()) try {
        this.#y(s, t, r);
      } catch (c) {
        throw An(s), this.#_() || this.discard(), c;
      }
    }
    if (O = null, n.length > 0) {
      var a = sr.ensure();
      for (const s of n) a.schedule(s);
    }
    if (dt = null, Ot = null, this.#_()) {
      this.#h(r), this.#h(t);
      for (const [s, c] of this.#o) Tn(s, c);
      n.length > 0 && O.#g();
      return;
    }
    const i = this.#b();
    if (i) {
      this.#h(r), this.#h(t), i.#c(this);
      return;
    }
    this.#i.clear();
    for (const s of this.#e) s(this);
    this.#e.clear(), Ze = this, Vr(r), Vr(t), Ze = null, this.#n?.resolve();
    var l = O;
    this.#r === 0 && (this.#a.length === 0 || l !== null) && (this.#d(), ke && (this.#w(), O = l)), l !== null && (xe.clear(), l.#g());
  }
  #y(t, r, n) {
    t.f ^= de;
    for (var a = t.first; a !== null; ) {
      var i = a.f, l = (i & 96) !== 0;
      if (!(l && (i & 1024) !== 0 || (i & 8192) !== 0 || this.#o.has(a)) && a.fn !== null) {
        l ? a.f ^= de : (i & 4) !== 0 ? r.push(a) : ke && (i & 16777224) !== 0 ? n.push(a) : Et(a) && ((i & 16) !== 0 && this.add_dirty_reaction(a, ze), Qe(a));
        var s = a.first;
        if (s !== null) {
          a = s;
          continue;
        }
      }
      for (; a !== null; ) {
        var c = a.next;
        if (c !== null) {
          a = c;
          break;
        }
        a = a.parent;
      }
    }
  }
  #b() {
    for (var t = this.prev; t !== null; t = t.prev) if (!t.is_fork && this.#p(t)) return t;
    return null;
  }
  #p(t) {
    for (const [r, [, n]] of this.current)
      if (!n && t.current.has(r))
        return !0;
    return !1;
  }
  #c(t) {
    for (const [n, a] of t.current)
      !this.previous.has(n) && t.previous.has(n) && this.previous.set(n, t.previous.get(n)), this.current.set(n, a);
    for (const [n, a] of t.async_deriveds) {
      const i = this.async_deriveds.get(n);
      i && a.promise.then(i.resolve).catch(i.reject);
    }
    t.async_deriveds.clear(), this.transfer_reactions(t.#i);
    const r = (n) => {
      var a = n.reactions;
      if (a !== null && !((n.f & 2) !== 0 && (n.f & 6144) === 0))
        for (const s of a) {
          var i = s.f;
          if ((i & 2) !== 0) r(s);
          else {
            var l = s;
            i & 4194320 && !this.async_deriveds.has(l) && (this.#i.delete(l), Y(l, te), this.schedule(l));
          }
        }
    };
    for (const n of this.current.keys()) r(n);
    this.oncommit(() => t.discard()), t.#d(), O = this, this.#g();
  }
  #h(t) {
    for (var r = 0; r < t.length; r += 1) kn(t[r], this.#i);
  }
  capture(t, r, n = !1) {
    t.v !== K && !this.previous.has(t) && this.previous.set(t, t.v), (t.f & 8388608) === 0 && (this.current.set(t, [r, n]), Z?.set(t, r)), this.is_fork || (t.v = r);
  }
  activate() {
    O = this;
  }
  deactivate() {
    O = null, Z = null;
  }
  flush() {
    try {
      Kt = !0, O = this, this.#g();
    } finally {
      Yr = 0, ir = null, dt = null, Ot = null, Kt = !1, O = null, Z = null, xe.clear();
    }
  }
  discard() {
    for (const t of this.#t) t(this);
    this.#t.clear();
    for (const t of this.async_deriveds.values()) t.reject(st);
    this.#d(), this.#n?.resolve();
  }
  register_created_effect(t) {
    this.#s.push(t);
  }
  #w() {
    for (let f = Mt; f !== null; f = f.next) {
      var t = f.id < this.id, r = [];
      for (const [o, [u, h]] of this.current) {
        if (f.current.has(o)) {
          var n = f.current.get(o)[0];
          if (t && u !== n) f.current.set(o, [u, h]);
          else continue;
        }
        r.push(o);
      }
      if (t) for (const [o, u] of this.async_deriveds) {
        const h = f.async_deriveds.get(o);
        h && u.promise.then(h.resolve).catch(h.reject);
      }
      var a = [...f.current.keys()].filter((o) => !f.current.get(o)[1]);
      if (!(!f.started || a.length === 0)) {
        var i = a.filter((o) => !this.current.has(o));
        if (i.length === 0)
          t && f.discard();
        else if (r.length > 0) {
          if (t) for (const o of this.#v) f.unskip_effect(o, (u) => {
            (u.f & 4194320) !== 0 ? f.schedule(u) : f.#h([u]);
          });
          f.activate();
          var l = /* @__PURE__ */ new Set(), s = /* @__PURE__ */ new Map();
          for (var c of r) qn(c, i, l, s);
          s = /* @__PURE__ */ new Map();
          var v = [...f.current].filter(([o, u]) => {
            const h = this.current.get(o);
            return h ? h[0] !== u[0] || h[1] !== u[1] : !0;
          }).map(([o]) => o);
          if (v.length > 0)
            for (const o of this.#s) (o.f & 155648) === 0 && Sr(o, v, s) && ((o.f & 4194320) !== 0 ? (Y(o, te), f.schedule(o)) : f.add_dirty_reaction(o, te));
          if (f.#a.length > 0 && !f.#f) {
            f.apply();
            for (var _ of f.#u()) f.#y(_, [], []);
          }
          f.deactivate();
        }
      }
    }
  }
  increment(t, r) {
    if (this.#r += 1, t) {
      let n = this.#l.get(r) ?? 0;
      this.#l.set(r, n + 1);
    }
  }
  decrement(t, r) {
    if (this.#r -= 1, t) {
      let n = this.#l.get(r) ?? 0;
      n === 1 ? this.#l.delete(r) : this.#l.set(r, n - 1);
    }
    this.#f || (this.#f = !0, Re(() => {
      this.#f = !1, this.linked && this.flush();
    }));
  }
  transfer_reactions(t) {
    for (const [r, n] of t) this.add_dirty_reaction(r, n);
    t.clear();
  }
  add_dirty_reaction(t, r) {
    (r === 2048 || this.#i.get(t) !== 2048) && this.#i.set(t, r);
  }
  oncommit(t) {
    this.#e.add(t);
  }
  ondiscard(t) {
    this.#t.add(t);
  }
  settled() {
    return (this.#n ??= cn()).promise;
  }
  static ensure() {
    if (O === null) {
      const t = O = new sr();
      !Kt && !ct && Re(() => {
        t.started || t.flush();
      });
    }
    return O;
  }
  apply() {
    if (!ke || !this.is_fork && this.prev === null && this.next === null) {
      Z = null;
      return;
    }
    Z = /* @__PURE__ */ new Map();
    for (const [t, [r]] of this.current) Z.set(t, r);
    for (let t = Mt; t !== null; t = t.next)
      if (!(t === this || t.is_fork) && (t.id >= this.id || !t.#p(this)))
        for (const [r, n] of t.previous) Z.has(r) || Z.set(r, n);
  }
  schedule(t) {
    if (ir = t, t.b?.is_pending && (t.f & 16777228) !== 0 && (t.f & 32768) === 0) {
      t.b.defer_effect(t);
      return;
    }
    this.#a.push(t);
  }
  #d() {
    if (this.linked) {
      var t = this.prev, r = this.next;
      t === null ? Mt = r : t.next = r, r === null ? Ge = t : r.prev = t, this.linked = !1;
    }
  }
};
function xr(e) {
  var t = ct, r = Ze;
  Ze = null, ct = !0;
  try {
    var n;
    for (e && (xr(), n = e()); ; ) {
      if (Ya(), O === null) return n;
      O.flush();
    }
  } finally {
    ct = t, Ze = r;
  }
}
function ei() {
  if (0) {
    var e;
    for (const r of O.current.keys()) for (const [n, a] of r.updated ?? [])
      var t;
  }
  try {
    Ca();
  } catch (r) {
    be(r, ir);
  }
}
var we = null;
function Vr(e) {
  var t = e.length;
  if (t !== 0) {
    for (var r = 0; r < t; ) {
      var n = e[r++];
      if ((n.f & 24576) === 0 && Et(n) && (we = /* @__PURE__ */ new Set(), Qe(n), n.deps === null && n.first === null && n.nodes === null && n.teardown === null && n.ac === null && Fn(n), we?.size > 0)) {
        xe.clear();
        for (const a of we) {
          if ((a.f & 24576) !== 0) continue;
          const i = [a];
          let l = a.parent;
          for (; l !== null; )
            we.has(l) && (we.delete(l), i.push(l)), l = l.parent;
          for (let s = i.length - 1; s >= 0; s--) {
            const c = i[s];
            (c.f & 24576) === 0 && Qe(c);
          }
        }
        we.clear();
      }
    }
    we = null;
  }
}
function qn(e, t, r, n) {
  if (!r.has(e) && (r.add(e), e.reactions !== null))
    for (const a of e.reactions) {
      const i = a.f;
      (i & 2) !== 0 ? qn(a, t, r, n) : (i & 4194320) !== 0 && (i & 2048) === 0 && Sr(a, t, n) && (Y(a, te), Er(a));
    }
}
function Sr(e, t, r) {
  const n = r.get(e);
  if (n !== void 0) return n;
  if (e.deps !== null) for (const a of e.deps) {
    if (_t.call(t, a)) return !0;
    if ((a.f & 2) !== 0 && Sr(a, t, r))
      return r.set(a, !0), !0;
  }
  return r.set(e, !1), !1;
}
function Er(e) {
  O.schedule(e);
}
function Tn(e, t) {
  if (!((e.f & 32) !== 0 && (e.f & 1024) !== 0)) {
    (e.f & 2048) !== 0 ? t.d.push(e) : (e.f & 4096) !== 0 && t.m.push(e), Y(e, de);
    for (var r = e.first; r !== null; )
      Tn(r, t), r = r.next;
  }
}
function An(e) {
  Y(e, de);
  for (var t = e.first; t !== null; )
    An(t), t = t.next;
}
var Nt = /* @__PURE__ */ new Set(), xe = /* @__PURE__ */ new Map();
var Mn = !1;
function Ue(e, t) {
  var r = {
    f: 0,
    v: e,
    reactions: null,
    equals: pn,
    rv: 0,
    wv: 0
  };
  return r;
}
// @__NO_SIDE_EFFECTS__
function W(e, t) {
  const r = Ue(e, t);
  return $n(r), r;
}
// @__NO_SIDE_EFFECTS__
function Rn(e, t = !1, r = !0) {
  const n = Ue(e);
  return t || (n.equals = mn), kt && r && I !== null && I.l !== null && (I.l.s ??= []).push(n), n;
}
function G(e, t, r = !1) {
  R !== null && (!pe || (R.f & 131072) !== 0) && xt() && (R.f & 4325394) !== 0 && (Se === null || !Se.has(e)) && Ia();
  let n = r ? Le(t) : t;
  return Je(e, n, Ot);
}
var Pe = null, lr = 0;
function Je(e, t, r = null) {
  if (!e.equals(t)) {
    Oe ? xe.set(e, t) : xe.has(e) || xe.set(e, e.v);
    var n = tt.ensure();
    if (n.capture(e, t), (e.f & 2) !== 0) {
      const a = e;
      (e.f & 2048) !== 0 && kr(a), Z === null && wr(a);
    }
    e.wv = Vn(), Pe = null, lr = 0, Ln(e, te, r), Pe = null, xt() && A !== null && (A.f & 1024) !== 0 && (A.f & 96) === 0 && (fe === null ? _i([e]) : fe.push(e)), !n.is_fork && Nt.size > 0 && !Mn && ti();
  }
  return t;
}
function ti() {
  Mn = !1;
  for (const e of Nt) {
    (e.f & 1024) !== 0 && Y(e, ze);
    let t;
    try {
      t = Et(e);
    } catch {
      t = !0;
    }
    t && Qe(e);
  }
  Nt.clear();
}
function vt(e) {
  G(e, e.v + 1);
}
function Ln(e, t, r) {
  var n = e.reactions;
  if (n !== null) {
    var a = xt(), i = n.length;
    if (lr += i, lr > 1e5 && Pe === null && (Pe = /* @__PURE__ */ new Set()), Pe !== null) {
      if (Pe.has(e)) return;
      Pe.add(e);
    }
    for (var l = 0; l < i; l++) {
      var s = n[l], c = s.f;
      if (!(!a && s === A)) {
        var v = (c & te) === 0;
        if (v && Y(s, t), (c & 131072) !== 0) Nt.add(s);
        else if ((c & 2) !== 0) {
          var _ = s;
          Z?.delete(_), Ln(_, ze, r);
        } else if (v) {
          var f = s;
          (c & 16) !== 0 && we !== null && we.add(f), r !== null ? r.push(f) : Er(f);
        }
      }
    }
  }
}
var ri = /^[a-zA-Z_$][a-zA-Z_$0-9]*$/;
function Le(e) {
  if (typeof e != "object" || e === null || ut in e || vn in e) return e;
  const t = un(e);
  if (t !== ga && t !== pa) return e;
  var r = /* @__PURE__ */ new Map(), n = fn(e), a = /* @__PURE__ */ W(0), i = null, l = Be, s = (f) => {
    if (Be === l) return f();
    var o = R, u = Be;
    ve(null), Wr(l);
    var h = f();
    return ve(o), Wr(u), h;
  };
  n && r.set("length", /* @__PURE__ */ W(e.length, i));
  var c = "";
  let v = !1;
  function _(f) {
    if (!v) {
      v = !0, c = f, $r(a, `${c} version`);
      for (const [o, u] of r) $r(u, ni(c, o));
      v = !1;
    }
  }
  return new Proxy(e, {
    defineProperty(f, o, u) {
      (!("value" in u) || u.configurable === !1 || u.enumerable === !1 || u.writable === !1) && Pa();
      var h = r.get(o);
      return h === void 0 ? s(() => {
        var m = /* @__PURE__ */ W(u.value, i);
        return r.set(o, m), m;
      }) : G(h, u.value, !0), !0;
    },
    deleteProperty(f, o) {
      var u = r.get(o);
      if (u === void 0) {
        if (o in f) {
          const h = s(() => /* @__PURE__ */ W(K, i));
          r.set(o, h), vt(a);
        }
      } else
        G(u, K), vt(a);
      return !0;
    },
    get(f, o, u) {
      if (o === ut) return e;
      var h = r.get(o), m = o in f;
      if (h === void 0 && (!m || We(f, o)?.writable) && (h = s(() => {
        var w = Le(m ? f[o] : K), z = /* @__PURE__ */ W(w, i);
        return z;
      }), r.set(o, h)), h !== void 0) {
        var p = d(h);
        return p === K ? void 0 : p;
      }
      return Reflect.get(f, o, u);
    },
    getOwnPropertyDescriptor(f, o) {
      this.has?.(f, o);
      var u = Reflect.getOwnPropertyDescriptor(f, o), h = r.get(o);
      if (h !== void 0) {
        var m = d(h);
        if (m === K) return;
        if (u && "value" in u) u.value = m;
        else return {
          enumerable: !0,
          configurable: !0,
          value: m,
          writable: !0
        };
      }
      return u;
    },
    has(f, o) {
      if (o === ut) return !0;
      var u = r.get(o), h = u !== void 0 && u.v !== K || Reflect.has(f, o);
      return (u !== void 0 || (A !== null || R !== null) && (!h || We(f, o)?.writable)) && (u === void 0 && (u = s(() => {
        var m = h ? Le(f[o]) : K, p = /* @__PURE__ */ W(m, i);
        return p;
      }), r.set(o, u)), d(u) === K) ? !1 : h;
    },
    set(f, o, u, h) {
      var m = r.get(o), p = o in f;
      if (n && o === "length") for (var w = u; w < m.v; w += 1) {
        var z = r.get(w + "");
        z !== void 0 ? G(z, K) : w in f && (z = s(() => /* @__PURE__ */ W(K, i)), r.set(w + "", z));
      }
      if (m === void 0)
        (!p || We(f, o)?.writable) && (m = s(() => /* @__PURE__ */ W(void 0, i)), G(m, Le(u)), r.set(o, m));
      else {
        p = m.v !== K;
        var M = s(() => Le(u));
        G(m, M);
      }
      var y = Reflect.getOwnPropertyDescriptor(f, o);
      if (y?.set && y.set.call(h, u), !p) {
        if (n && typeof o == "string") {
          var x = r.get("length"), q = Number(o);
          Number.isInteger(q) && q >= x.v && G(x, q + 1);
        }
        vt(a);
      }
      return !0;
    },
    ownKeys(f) {
      d(a);
      var o = Reflect.ownKeys(f).filter((m) => {
        var p = r.get(m);
        return p === void 0 || p.v !== K;
      });
      for (var [u, h] of r) h.v !== K && !(u in f) && o.push(u);
      return o;
    },
    setPrototypeOf() {
      Ha();
    }
  });
}
function ni(e, t) {
  return typeof t == "symbol" ? `${e}[Symbol(${t.description ?? ""})]` : ri.test(t) ? `${e}.${t}` : /^\d+$/.test(t) ? `${e}[${t}]` : `${e}['${t}']`;
}
var Gr, ai, On, jn, Cn;
function or() {
  if (Gr === void 0) {
    Gr = window, ai = document, On = /Firefox/.test(navigator.userAgent);
    var e = Element.prototype, t = Node.prototype, r = Text.prototype;
    jn = We(t, "firstChild").get, Cn = We(t, "nextSibling").get, Br(e) && (e[rr] = void 0, e[_n] = null, e[nr] = void 0, e.__e = void 0), Br(r) && (r[ar] = void 0);
  }
}
function re(e = "") {
  return document.createTextNode(e);
}
// @__NO_SIDE_EFFECTS__
function ae(e) {
  return jn.call(e);
}
// @__NO_SIDE_EFFECTS__
function qe(e) {
  return Cn.call(e);
}
function N(e, t) {
  if (!j) return /* @__PURE__ */ ae(e);
  var r = /* @__PURE__ */ ae(C);
  if (r === null) r = C.appendChild(re());
  else if (t && r.nodeType !== 3) {
    var n = re();
    return r?.before(n), J(n), n;
  }
  return t && Bt(r), J(r), r;
}
function ce(e, t = !1) {
  if (!j) {
    var r = /* @__PURE__ */ ae(e);
    return r instanceof Comment && r.data === "" ? /* @__PURE__ */ qe(r) : r;
  }
  if (t) {
    if (C?.nodeType !== 3) {
      var n = re();
      return C?.before(n), J(n), n;
    }
    Bt(C);
  }
  return C;
}
function B(e, t = !1) {
  if (!j) return /* @__PURE__ */ ae(e);
  var r = N(e, t);
  return L(e), r;
}
function k(e, t = 1, r = !1) {
  let n = j ? C : e;
  for (var a; t--; )
    a = n, n = /* @__PURE__ */ qe(n);
  if (!j) return n;
  if (r) {
    if (n?.nodeType !== 3) {
      var i = re();
      return n === null ? a?.after(i) : n.before(i), J(i), i;
    }
    Bt(n);
  }
  return J(n), n;
}
function zn(e) {
  e.textContent = "";
}
function Nn() {
  return !ke || we !== null ? !1 : (A.f & gr) !== 0;
}
function qr(e, t, r) {
  return t == null || t === "http://www.w3.org/1999/xhtml" ? r ? document.createElement(e, { is: r }) : document.createElement(e) : r ? document.createElementNS(t, e, { is: r }) : document.createElementNS(t, e);
}
function Bt(e) {
  if (e.nodeValue.length < 65536) return;
  let t = e.nextSibling;
  for (; t !== null && t.nodeType === 3; )
    t.remove(), e.nodeValue += t.nodeValue, t = e.nextSibling;
}
function ii(e) {
  var t = A;
  if (t === null)
    return R.f |= jt, e;
  if ((t.f & 32768) === 0 && (t.f & 4) === 0)
    throw e;
  be(e, t);
}
function be(e, t) {
  if (e === Ne) throw e;
  if (!(t !== null && (t.f & 16384) !== 0)) {
    for (; t !== null; ) {
      if ((t.f & 128) !== 0 && (t.f & 33570816) === 0) {
        if ((t.f & 32768) === 0) throw e;
        try {
          t.b.error(e);
          return;
        } catch (r) {
          e = r;
        }
      }
      t = t.parent;
    }
    throw e;
  }
}
function si(e) {
  A === null && (R === null && ja(e), Oa()), Oe && La(e);
}
function li(e, t) {
  var r = t.last;
  r === null ? t.last = t.first = e : (r.next = e, e.prev = r, t.last = e);
}
function Te(e, t) {
  var r = A;
  r !== null && (r.f & 8192) !== 0 && (e |= _r);
  var n = {
    ctx: I,
    deps: null,
    nodes: null,
    f: e | te | 512,
    first: null,
    fn: t,
    last: null,
    next: null,
    parent: r,
    b: r && r.b,
    prev: null,
    teardown: null,
    wv: 0,
    ac: null
  };
  O?.register_created_effect(n);
  var a = n;
  if ((e & 4) !== 0)
    dt !== null ? dt.push(n) : tt.ensure().schedule(n);
  else if (t !== null) {
    try {
      Qe(n);
    } catch (l) {
      throw Q(n), l;
    }
    a.deps === null && a.teardown === null && a.nodes === null && a.first === a.last && (a.f & 524288) === 0 && (a = a.first, (e & 16) !== 0 && (e & 65536) !== 0 && a !== null && (a.f |= pr));
  }
  if (a !== null && (a.parent = r, r !== null && li(a, r), R !== null && (R.f & 2) !== 0 && (e & 64) === 0)) {
    var i = R;
    (i.effects ??= []).push(a);
  }
  return n;
}
function Tr() {
  return R !== null && !pe;
}
function Pn(e) {
  const t = Te(8, null);
  return Y(t, de), t.teardown = e, t;
}
function oi(e) {
  si("$effect");
  var t = A.f;
  if (!R && (t & 32) !== 0 && I !== null && !I.i) {
    var r = I;
    (r.e ??= []).push(e);
  } else return Hn(e);
}
function Hn(e) {
  return Te(4 | wa, e);
}
function fi(e) {
  tt.ensure();
  const t = Te(64 | et, e);
  return () => {
    Q(t);
  };
}
function ui(e) {
  tt.ensure();
  const t = Te(64 | et, e);
  return (r = {}) => new Promise((n) => {
    r.outro ? Fe(t, () => {
      Q(t), n(void 0);
    }) : (Q(t), n(void 0));
  });
}
function In(e) {
  return Te(4, e);
}
function ci(e) {
  return Te(ba | et, e);
}
function Ar(e, t = 0) {
  return Te(8 | t, e);
}
function E(e, t = [], r = [], n = []) {
  Ga(n, t, r, (a) => {
    Te(8, () => {
      e(...a.map(d));
    });
  });
}
function Mr(e, t = 0) {
  var r = Te(16 | t, e);
  return r;
}
function ue(e) {
  return Te(32 | et, e);
}
function Dn(e) {
  var t = e.teardown;
  if (t !== null) {
    const r = Oe, n = R;
    Kr(!0), ve(null);
    try {
      t.call(null);
    } catch (a) {
      be(a, e.parent);
    } finally {
      Kr(r), ve(n);
    }
  }
}
function Rr(e, t = !1) {
  var r = e.first;
  for (e.first = e.last = null; r !== null; ) {
    const a = r.ac;
    a !== null && St(() => {
      a.abort(bt);
    });
    var n = r.next;
    (r.f & 64) !== 0 ? r.parent = null : Q(r, t), r = n;
  }
}
function di(e) {
  for (var t = e.first; t !== null; ) {
    var r = t.next;
    (t.f & 32) === 0 && Q(t), t = r;
  }
}
function Q(e, t = !0) {
  var r = !1;
  (t || (e.f & 262144) !== 0) && e.nodes !== null && e.nodes.end !== null && (vi(e.nodes.start, e.nodes.end), r = !0), e.f |= tr, Rr(e, t && !r), mt(e, 0);
  var n = e.nodes && e.nodes.t;
  if (n !== null) for (const i of n) i.stop();
  Dn(e), e.f ^= tr, e.f |= dn;
  var a = e.parent;
  a !== null && a.first !== null && Fn(e), e.next = e.prev = e.teardown = e.ctx = e.deps = e.fn = e.nodes = e.ac = e.b = null;
}
function vi(e, t) {
  for (; e !== null; ) {
    var r = e === t ? null : /* @__PURE__ */ qe(e);
    e.remove(), e = r;
  }
}
function Fn(e) {
  var t = e.parent, r = e.prev, n = e.next;
  r !== null && (r.next = n), n !== null && (n.prev = r), t !== null && (t.first === e && (t.first = n), t.last === e && (t.last = r));
}
function Fe(e, t, r = !0) {
  var n = [];
  e.f |= 256, Bn(e, n, !0);
  var a = () => {
    r && Q(e), t && t();
  }, i = n.length;
  if (i > 0) {
    var l = () => --i || a();
    for (var s of n) s.out(l);
  } else a();
}
function Bn(e, t, r) {
  if ((e.f & 8192) === 0) {
    e.f ^= _r;
    var n = e.nodes && e.nodes.t;
    if (n !== null)
      for (const s of n) (s.is_global || r) && t.push(s);
    for (var a = e.first; a !== null; ) {
      var i = a.next;
      if ((a.f & 64) === 0) {
        var l = (a.f & 65536) !== 0 || (a.f & 32) !== 0 && (e.f & 16) !== 0;
        Bn(a, t, l ? r : !1);
      }
      a = i;
    }
  }
}
function Pt(e) {
  e.f &= -257, Un(e, !0);
}
function Un(e, t) {
  if ((e.f & 256) === 0 && (e.f & 8192) !== 0) {
    e.f ^= _r, (e.f & 1024) === 0 && (Y(e, te), tt.ensure().schedule(e));
    for (var r = e.first; r !== null; ) {
      var n = r.next, a = (r.f & 65536) !== 0 || (r.f & 32) !== 0;
      Un(r, a ? t : !1), r = n;
    }
    var i = e.nodes && e.nodes.t;
    if (i !== null)
      for (const l of i) (l.is_global || t) && l.in();
  }
}
function Lr(e, t) {
  if (e.nodes)
    for (var r = e.nodes.start, n = e.nodes.end; r !== null; ) {
      var a = r === n ? null : /* @__PURE__ */ qe(r);
      t.append(r), r = a;
    }
}
var hi = null, Oe = !1;
function Kr(e) {
  Oe = e;
}
var R = null, pe = !1;
function ve(e) {
  R = e;
}
var A = null;
function Ee(e) {
  A = e;
}
var Se = null;
function $n(e) {
  R !== null && (!ke && (R.f & 2097152) !== 0 || (R.f & 2) !== 0) && (Se ??= /* @__PURE__ */ new Set()).add(e);
}
var ee = null, ne = 0, fe = null;
function _i(e) {
  fe = e;
}
var Yn = 1, De = 0, Be = De;
function Wr(e) {
  Be = e;
}
function Vn() {
  return ++Yn;
}
function Et(e) {
  var t = e.f;
  if ((t & 2048) !== 0) return !0;
  if ((t & 4096) !== 0) {
    for (var r = e.deps, n = r.length, a = 0; a < n; a++) {
      var i = r[a];
      if (Et(i) && Sn(i), i.wv > e.wv) return !0;
    }
    (t & 512) !== 0 && Z === null && Y(e, de);
  }
  return !1;
}
function Gn(e, t, r = !0) {
  var n = e.reactions;
  if (n !== null && !(!ke && Se !== null && Se.has(e)))
    for (var a = 0; a < n.length; a++) {
      var i = n[a];
      (i.f & 2) !== 0 ? Gn(i, t, !1) : t === i && (r ? Y(i, te) : (i.f & 1024) !== 0 && Y(i, ze), Er(i));
    }
}
function Kn(e) {
  var t = ee, r = ne, n = fe, a = R, i = Se, l = I, s = pe, c = Be, v = e.f;
  ee = null, ne = 0, fe = null, R = (v & 96) === 0 ? e : null, Se = null, Xe(e.ctx), pe = !1, Be = ++De, e.ac !== null && (St(() => {
    e.ac.abort(bt);
  }), e.ac = null);
  try {
    e.f |= Ur;
    var _ = e.fn, f = _();
    e.f |= gr;
    var o = Zr(e);
    if (xt() && fe !== null && !pe && o !== null && (e.f & 6146) === 0) for (var u = 0; u < fe.length; u++) Gn(fe[u], e);
    if (a !== null && a !== e) {
      if (De++, a.deps !== null) for (let h = 0; h < r; h += 1) a.deps[h].rv = De;
      if (t !== null) for (const h of t) h.rv = De;
      fe !== null && (n === null ? n = fe : n.push(...fe));
    }
    return (e.f & 8388608) !== 0 && (e.f ^= jt), f;
  } catch (h) {
    return Zr(e), ii(h);
  } finally {
    e.f ^= Ur, ee = t, ne = r, fe = n, R = a, Se = i, Xe(l), pe = s, Be = c;
  }
}
function Zr(e) {
  var t = e.deps, r = O?.is_fork;
  if (ee !== null) {
    var n;
    if (r || mt(e, ne), t !== null && ne > 0)
      for (t.length = ne + ee.length, n = 0; n < ee.length; n++) t[ne + n] = ee[n];
    else e.deps = t = ee;
    if (Tr() && (e.f & 512) !== 0) for (n = ne; n < t.length; n++) (t[n].reactions ??= []).push(e);
  } else !r && t !== null && ne < t.length && (mt(e, ne), t.length = ne);
  return t;
}
function gi(e, t) {
  let r = t.reactions;
  if (r !== null) {
    var n = ha.call(r, e);
    if (n !== -1) {
      var a = r.length - 1;
      a === 0 ? r = t.reactions = null : (r[n] = r[a], r.pop());
    }
  }
  if (r === null && (t.f & 2) !== 0 && (ee === null || !_t.call(ee, t))) {
    var i = t;
    (i.f & 512) !== 0 && (i.f ^= 512), i.v !== K && wr(i), i.ac !== null && St(() => {
      i.ac.abort(bt), i.ac = null, Y(i, te);
    }), Ja(i), mt(i, 0);
  }
}
function mt(e, t) {
  var r = e.deps;
  if (r !== null)
    for (var n = t; n < r.length; n++) gi(e, r[n]);
}
function Qe(e) {
  var t = e.f;
  if ((t & 16384) === 0) {
    Y(e, de);
    var r = A;
    if (A = e, 0)
      var n, a;
    try {
      (t & 16777232) !== 0 ? di(e) : Rr(e), Dn(e);
      var i = Kn(e);
      if (e.teardown = typeof i == "function" ? i : null, e.wv = Yn, 0)
        for (var l of e.deps) ;
    } finally {
      A = r;
    }
  }
}
async function Xr() {
  if (ke) return new Promise((e) => {
    requestAnimationFrame(() => e()), setTimeout(() => e());
  });
  await Promise.resolve(), xr();
}
function d(e) {
  var t = (e.f & 2) !== 0;
  if (hi?.add(e), R !== null && !pe && !(A !== null && (A.f & 16384) !== 0) && (Se === null || !Se.has(e))) {
    var r = R.deps;
    if ((R.f & 2097152) !== 0)
      e.rv < De && (e.rv = De, ee === null && r !== null && r[ne] === e ? ne++ : ee === null ? ee = [e] : ee.push(e));
    else {
      R.deps ??= [], _t.call(R.deps, e) || R.deps.push(e);
      var n = e.reactions;
      n === null ? e.reactions = [R] : _t.call(n, R) || n.push(R);
    }
  }
  if (0) {
    if (!pe && reactivity_loss_tracker && O === null && Ze === null && !reactivity_loss_tracker.warned && (reactivity_loss_tracker.effect.f & 2097152) === 0 && !reactivity_loss_tracker.effect_deps.has(e))
      var a;
    if (tracing_mode_flag && !pe && tracing_expressions !== null && R !== null && tracing_expressions.reaction === R && !e.trace) {
      if (a)
        var i, l;
    }
  }
  if (Oe && xe.has(e)) return xe.get(e);
  if (t) {
    var s = e;
    if (Oe) {
      var c = s.v;
      return ((s.f & 1024) === 0 && s.reactions !== null || Zn(s)) && (c = kr(s)), xe.set(s, c), c;
    }
    var v = (s.f & 512) === 0 && !pe && R !== null && (R.f & 512) !== 0, _ = (s.f & gr) === 0;
    Et(s) && (v && (s.f |= 512), Sn(s)), v && !_ && (En(s), Wn(s));
  }
  if (Z?.has(e)) return Z.get(e);
  if ((e.f & 8388608) !== 0) throw e.v;
  return e.v;
}
function Wn(e) {
  if (e.f |= 512, e.deps !== null)
    for (const r of e.deps) {
      var t = r.reactions;
      t === null ? r.reactions = [e] : _t.call(t, e) || t.push(e), (r.f & 2) !== 0 && (r.f & 512) === 0 && (En(r), Wn(r));
    }
}
function Zn(e) {
  if (e.v === K) return !0;
  if (e.deps === null) return !1;
  for (const t of e.deps)
    if (xe.has(t) || (t.f & 2) !== 0 && Zn(t)) return !0;
  return !1;
}
function Ut(e) {
  var t = pe;
  try {
    return pe = !0, e();
  } finally {
    pe = t;
  }
}
var pi = [
  "allowfullscreen",
  "async",
  "autofocus",
  "autoplay",
  "checked",
  "controls",
  "default",
  "disabled",
  "formnovalidate",
  "indeterminate",
  "inert",
  "ismap",
  "loop",
  "multiple",
  "muted",
  "nomodule",
  "novalidate",
  "open",
  "playsinline",
  "readonly",
  "required",
  "reversed",
  "seamless",
  "selected",
  "webkitdirectory",
  "defer",
  "disablepictureinpicture",
  "disableremoteplayback"
], xl = [
  ...pi,
  "formNoValidate",
  "isMap",
  "noModule",
  "playsInline",
  "readOnly",
  "value",
  "volume",
  "defaultValue",
  "defaultChecked",
  "srcObject",
  "noValidate",
  "allowFullscreen",
  "disablePictureInPicture",
  "disableRemotePlayback"
], mi = ["touchstart", "touchmove"];
function yi(e) {
  return mi.includes(e);
}
var wi = [
  "$state",
  "$state.raw",
  "$derived",
  "$derived.by"
], Sl = [
  ...wi,
  "$state.eager",
  "$state.snapshot",
  "$props",
  "$props.id",
  "$bindable",
  "$effect",
  "$effect.pre",
  "$effect.tracking",
  "$effect.root",
  "$effect.pending",
  "$inspect",
  "$inspect().with",
  "$inspect.trace",
  "$host"
];
var lt = /* @__PURE__ */ Symbol("events"), Xn = /* @__PURE__ */ new Set(), fr = /* @__PURE__ */ new Set();
function bi(e, t, r, n = {}) {
  function a(i) {
    if (n.capture || ur.call(t, i), !i.cancelBubble) return St(() => r?.call(this, i));
  }
  return e.startsWith("pointer") || e.startsWith("touch") || e === "wheel" ? (a.__removed = !1, Re(() => {
    a.__removed || t.addEventListener(e, a, n);
  })) : t.addEventListener(e, a, n), a;
}
function Ke(e, t, r, n, a) {
  var i = {
    capture: n,
    passive: a
  }, l = bi(e, t, r, i);
  (t === document.body || t === window || t === document || t instanceof HTMLMediaElement) && Pn(() => {
    l.__removed = !0, t.removeEventListener(e, l, i);
  });
}
function $e(e, t, r) {
  (t[lt] ??= {})[e] = r;
}
function qt(e) {
  for (var t = 0; t < e.length; t++) Xn.add(e[t]);
  for (var r of fr) r(e);
}
var Wt = null, Zt = !1;
function ur(e) {
  var t = this, r = t.ownerDocument, n = e.type, a = e.composedPath?.() || [], i = a[0] || e.target;
  Wt = e, Zt || (Zt = !0, setTimeout(() => {
    Zt = !1, Wt = null;
  }));
  var l = 0, s = Wt === e && e[lt];
  if (s) {
    var c = a.indexOf(s);
    if (c !== -1 && (t === document || t === window)) {
      e[lt] = t;
      return;
    }
    var v = a.indexOf(t);
    if (v === -1) return;
    c <= v && (l = c);
  }
  if (i = a[l] || e.target, i !== t) {
    hr(e, "currentTarget", {
      configurable: !0,
      get() {
        return i || r;
      }
    });
    var _ = R, f = A;
    ve(null), Ee(null);
    try {
      for (var o, u = []; i !== null && i !== t; ) {
        try {
          var h = i[lt]?.[n];
          h != null && (!i.disabled || e.target === i) && h.call(i, e);
        } catch (m) {
          o ? u.push(m) : o = m;
        }
        if (e.cancelBubble) break;
        l++, i = l < a.length ? a[l] : null;
      }
      if (o) {
        for (let m of u) queueMicrotask(() => {
          throw m;
        });
        throw o;
      }
    } finally {
      e[lt] = t, delete e.currentTarget, ve(_), Ee(f);
    }
  }
}
var ki = globalThis?.window?.trustedTypes && /* @__PURE__ */ globalThis.window.trustedTypes.createPolicy("svelte-trusted-html", { createHTML: (e) => e });
function xi(e) {
  return ki?.createHTML(e) ?? e;
}
function Jn(e) {
  var t = qr("template");
  return t.innerHTML = xi(e.replaceAll("<!>", "<!---->")), t.content;
}
function me(e, t) {
  var r = A;
  r.nodes === null && (r.nodes = {
    start: e,
    end: t,
    a: null,
    t: null
  });
}
// @__NO_SIDE_EFFECTS__
function F(e, t) {
  var r = (t & 1) !== 0, n = (t & 2) !== 0, a, i = !e.startsWith("<!>");
  return () => {
    if (j)
      return me(C, null), C;
    a === void 0 && (a = Jn(i ? e : "<!>" + e), r || (a = /* @__PURE__ */ ae(a)));
    var l = n || On ? document.importNode(a, !0) : a.cloneNode(!0);
    if (r) {
      var s = /* @__PURE__ */ ae(l), c = l.lastChild;
      me(s, c);
    } else me(l, l);
    return l;
  };
}
// @__NO_SIDE_EFFECTS__
function Si(e, t, r = "svg") {
  var n = !e.startsWith("<!>"), a = (t & 1) !== 0, i = `<${r}>${n ? e : "<!>" + e}</${r}>`, l;
  return () => {
    if (j)
      return me(C, null), C;
    if (!l) {
      var s = Jn(i), c = /* @__PURE__ */ ae(s);
      if (a)
        for (l = document.createDocumentFragment(); /* @__PURE__ */ ae(c); ) l.appendChild(/* @__PURE__ */ ae(c));
      else l = /* @__PURE__ */ ae(c);
    }
    var v = l.cloneNode(!0);
    if (a) {
      var _ = /* @__PURE__ */ ae(v), f = v.lastChild;
      me(_, f);
    } else me(v, v);
    return v;
  };
}
// @__NO_SIDE_EFFECTS__
function U(e, t) {
  return /* @__PURE__ */ Si(e, t, "svg");
}
function Ei(e = "") {
  if (!j) {
    var t = re(e + "");
    return me(t, t), t;
  }
  var r = C;
  return r.nodeType !== 3 ? (r.before(r = re()), J(r)) : Bt(r), me(r, r), r;
}
function Or() {
  if (j)
    return me(C, null), C;
  var e = document.createDocumentFragment(), t = document.createComment(""), r = re();
  return e.append(t, r), me(t, r), e;
}
function b(e, t) {
  if (j) {
    var r = A;
    ((r.f & 32768) === 0 || r.nodes.end === null) && (r.nodes.end = C), Ft();
    return;
  }
  e !== null && e.before(t);
}
function qi(e) {
  let t = 0, r = Ue(0), n;
  return () => {
    Tr() && (d(r), Ar(() => (t === 0 && (n = Ut(() => e(() => vt(r)))), t += 1, () => {
      Re(() => {
        t -= 1, t === 0 && (n?.(), n = void 0, vt(r));
      });
    })));
  };
}
var Ti = pr | et;
function Ai(e, t, r, n) {
  new Mi(e, t, r, n);
}
var Mi = class {
  parent;
  is_pending = !1;
  transform_error;
  #e;
  #t = j ? C : null;
  #r;
  #l;
  #n;
  #a = null;
  #s = null;
  #i = null;
  #o = null;
  #v = 0;
  #f = 0;
  #_ = !1;
  #m = /* @__PURE__ */ new Map();
  #u = null;
  #g = qi(() => (this.#u = Ue(this.#v), () => {
    this.#u = null;
  }));
  constructor(e, t, r, n) {
    this.#e = e, this.#r = t, this.#l = (a) => {
      var i = A;
      i.b = this, i.f |= 128, r(a);
    }, this.parent = A.b, this.transform_error = n ?? this.parent?.transform_error ?? ((a) => a), this.#n = Mr(() => {
      if (j) {
        const a = mr(this.#t);
        Ft();
        const i = a === "[!";
        if (a.startsWith("[?")) {
          const l = JSON.parse(a.slice(2));
          this.#b(l);
        } else i ? this.#h() : this.#y();
      } else this.#w();
    }, Ti), j && (this.#e = C);
  }
  #y() {
    try {
      this.#a = ue(() => this.#l(this.#e));
    } catch (e) {
      this.error(e);
    }
  }
  #b(e) {
    const t = this.#r.failed, { reset: r, invoke_onerror: n } = this.#p(e);
    Re(n), t && (this.#i = ue(() => {
      t(this.#e, () => e, () => r);
    }));
  }
  #p(e) {
    var t = !1, r = !1;
    const n = () => {
      if (!this.#c()) {
        if (t) {
          qa();
          return;
        }
        t = !0, r && Da(), this.#i !== null && Fe(this.#i, () => {
          this.#i = null;
        }), this.#k(() => {
          this.#w();
        });
      }
    };
    return {
      reset: n,
      invoke_onerror: () => {
        if (!this.#c())
          try {
            r = !0, this.#r.onerror?.(e, n), r = !1;
          } catch (i) {
            be(i, this.#n && this.#n.parent);
          }
      }
    };
  }
  #c() {
    return (this.#n.f & (dn | tr)) !== 0;
  }
  #h() {
    const e = this.#r.pending;
    e && (this.is_pending = !0, this.#s = ue(() => e(this.#e)), Re(() => {
      if (!this.#c()) {
        var t = this.#o = document.createDocumentFragment(), r = re(), n = !1;
        if (t.append(r), this.#a = this.#k(() => {
          try {
            return ue(() => this.#l(r));
          } catch (a) {
            try {
              this.error(a), n = !0;
            } catch (i) {
              be(i, this.#n.parent);
            }
            return null;
          }
        }), this.#a === null) {
          this.#o = null, n && this.#d(O);
          return;
        }
        this.#f === 0 && (this.#e.before(t), this.#o = null, Fe(this.#s, () => {
          this.#s = null;
        }), this.#d(O));
      }
    }));
  }
  #w() {
    try {
      if (this.is_pending = this.has_pending_snippet(), this.#f = 0, this.#v = 0, this.#a = ue(() => {
        this.#l(this.#e);
      }), this.#f > 0) {
        var e = this.#o = document.createDocumentFragment();
        Lr(this.#a, e);
        const t = this.#r.pending;
        this.#s = ue(() => t(this.#e));
      } else this.#d(O);
    } catch (t) {
      this.error(t);
    }
  }
  #d(e) {
    this.is_pending = !1, e.transfer_reactions(this.#m);
  }
  defer_effect(e) {
    kn(e, this.#m);
  }
  is_rendered() {
    return !this.is_pending && (!this.parent || this.parent.is_rendered());
  }
  has_pending_snippet() {
    return !!this.#r.pending;
  }
  #k(e) {
    var t = A, r = R, n = I;
    Ee(this.#n), ve(this.#n), Xe(this.#n.ctx);
    try {
      return tt.ensure(), e();
    } finally {
      Ee(t), ve(r), Xe(n);
    }
  }
  #x(e, t) {
    if (!this.has_pending_snippet()) {
      this.parent && this.parent.#x(e, t);
      return;
    }
    this.#f += e, this.#f === 0 && (this.#d(t), this.#s && Fe(this.#s, () => {
      this.#s = null;
    }), this.#o && (this.#e.before(this.#o), this.#o = null));
  }
  update_pending_count(e, t) {
    this.#x(e, t), this.#v += e, !(!this.#u || this.#_) && (this.#_ = !0, Re(() => {
      this.#_ = !1, this.#u && Je(this.#u, this.#v);
    }));
  }
  get_effect_pending() {
    return this.#g(), d(this.#u);
  }
  error(e) {
    if (e === Ne || !this.#r.onerror && !this.#r.failed) throw e;
    O?.is_fork ? (this.#a && O.skip_effect(this.#a), this.#s && O.skip_effect(this.#s), this.#i && O.skip_effect(this.#i), O.oncommit(() => {
      this.#c() || this.#S(e);
    })) : this.#S(e);
  }
  #S(e) {
    this.#a && (Q(this.#a), this.#a = null), this.#s && (Q(this.#s), this.#s = null), this.#i && (Q(this.#i), this.#i = null), j && (J(this.#t), gt(), J(Ct()));
    let t = this.#r.failed;
    const r = (n) => {
      if (this.#c()) return;
      const { reset: a, invoke_onerror: i } = this.#p(n);
      i(), t && !this.#c() && (this.#i = this.#k(() => {
        try {
          return ue(() => {
            var l = A;
            l.b = this, l.f |= 128, t(this.#e, () => n, () => a);
          });
        } catch (l) {
          return be(l, this.#n.parent), null;
        }
      }));
    };
    Re(() => {
      if (!this.#c()) {
        var n;
        try {
          n = this.transform_error(e);
        } catch (a) {
          be(a, this.#n && this.#n.parent);
          return;
        }
        n !== null && typeof n == "object" && typeof n.then == "function" ? n.then(r, (a) => be(a, this.#n && this.#n.parent)) : r(n);
      }
    });
  }
}, Jr = !0;
function H(e, t) {
  var r = t == null ? "" : typeof t == "object" ? `${t}` : t;
  r !== (e[ar] ??= e.nodeValue) && (e[ar] = r, e.nodeValue = `${r}`);
}
function Qn(e, t) {
  return ta(e, t);
}
function ea(e, t) {
  or(), t.intro = t.intro ?? !1;
  const r = t.target, n = j, a = C;
  try {
    for (var i = /* @__PURE__ */ ae(r); i && (i.nodeType !== 8 || i.data !== "["); ) i = /* @__PURE__ */ qe(i);
    if (!i) throw Ne;
    Me(!0), J(i);
    const l = ta(e, {
      ...t,
      anchor: i
    });
    return Me(!1), l;
  } catch (l) {
    if (l instanceof Error && l.message.split(`
`).some((s) => s.startsWith("https://svelte.dev/e/"))) throw l;
    return l !== Ne && console.warn("Failed to hydrate: ", l), t.recover === !1 && za(), or(), zn(r), Me(!1), Qn(e, t);
  } finally {
    Me(n), J(a);
  }
}
var Rt = /* @__PURE__ */ new Map();
function ta(e, { target: t, anchor: r, props: n = {}, events: a, context: i, intro: l = !0, transformError: s }) {
  or();
  var c = void 0, v = ui(() => {
    var _ = r ?? t.appendChild(re());
    Ai(_, { pending: () => {
    } }, (u) => {
      he({});
      var h = I;
      if (i && (h.c = i), a && (n.$$events = a), j && me(u, null), Jr = l, c = e(u, n) || yr(), Jr = !0, j && (A.nodes.end = C, C === null || C.nodeType !== 8 || C.data !== "]"))
        throw Dt(), Ne;
      _e();
    }, s);
    var f = /* @__PURE__ */ new Set(), o = (u) => {
      for (var h = 0; h < u.length; h++) {
        var m = u[h];
        if (!f.has(m)) {
          f.add(m);
          var p = yi(m);
          for (const M of [t, document]) {
            var w = Rt.get(M);
            w === void 0 && (w = /* @__PURE__ */ new Map(), Rt.set(M, w));
            var z = w.get(m);
            z === void 0 ? (M.addEventListener(m, ur, { passive: p }), w.set(m, 1)) : w.set(m, z + 1);
          }
        }
      }
    };
    return o(It(Xn)), fr.add(o), () => {
      for (var u of f) for (const p of [t, document]) {
        var h = Rt.get(p), m = h.get(u);
        --m == 0 ? (p.removeEventListener(u, ur), h.delete(u), h.size === 0 && Rt.delete(p)) : h.set(u, m);
      }
      fr.delete(o), _ !== r && _.parentNode?.removeChild(_);
    };
  });
  return cr.set(c, v), c;
}
var cr = /* @__PURE__ */ new WeakMap();
function Ri(e, t) {
  const r = cr.get(e);
  return r ? (cr.delete(e), r(t)) : Promise.resolve();
}
var Li = class {
  anchor;
  #e = /* @__PURE__ */ new Map();
  #t = /* @__PURE__ */ new Map();
  #r = /* @__PURE__ */ new Map();
  #l = /* @__PURE__ */ new Set();
  #n = !0;
  constructor(e, t = !0) {
    this.anchor = e, this.#n = t;
  }
  #a = (e) => {
    if (this.#e.has(e)) {
      var t = this.#e.get(e), r = this.#t.get(t);
      if (r)
        Pt(r), this.#l.delete(t);
      else {
        var n = this.#r.get(t);
        n && (Pt(n.effect), this.#t.set(t, n.effect), this.#r.delete(t), n.fragment.lastChild.remove(), this.anchor.before(n.fragment), r = n.effect);
      }
      for (const [a, i] of this.#e) {
        if (this.#e.delete(a), a === e) break;
        const l = this.#r.get(i);
        l && (Q(l.effect), this.#r.delete(i));
      }
      for (const [a, i] of this.#t) {
        if (a === t || this.#l.has(a)) continue;
        const l = () => {
          if (Array.from(this.#e.values()).includes(a)) {
            var s = document.createDocumentFragment();
            Lr(i, s), s.append(re()), this.#r.set(a, {
              effect: i,
              fragment: s
            });
          } else Q(i);
          this.#l.delete(a), this.#t.delete(a);
        };
        this.#n || !r ? (this.#l.add(a), Fe(i, l, !1)) : l();
      }
    }
  };
  #s = (e) => {
    this.#e.delete(e);
    const t = Array.from(this.#e.values());
    for (const [r, n] of this.#r) t.includes(r) || (Q(n.effect), this.#r.delete(r));
  };
  ensure(e, t) {
    var r = O, n = Nn();
    if (t && !this.#t.has(e) && !this.#r.has(e))
      if (n) {
        var a = document.createDocumentFragment(), i = re();
        a.append(i), this.#r.set(e, {
          effect: ue(() => t(i)),
          fragment: a
        });
      } else this.#t.set(e, ue(() => t(this.anchor)));
    if (this.#e.set(r, e), n) {
      for (const [l, s] of this.#t) l === e ? r.unskip_effect(s) : r.skip_effect(s);
      for (const [l, s] of this.#r) l === e ? r.unskip_effect(s.effect) : r.skip_effect(s.effect);
      r.oncommit(this.#a), r.ondiscard(this.#s);
    } else
      j && (this.anchor = C), this.#a(r);
  }
};
function ie(e, t, r = !1) {
  var n;
  j && (n = C, Ft());
  var a = new Li(e), i = r ? pr : 0;
  function l(s, c) {
    if (j) {
      var v = mr(n);
      if (s !== parseInt(v.substring(1))) {
        var _ = Ct();
        J(_), a.anchor = _, Me(!1), a.ensure(s, c), Me(!0);
        return;
      }
    }
    a.ensure(s, c);
  }
  Mr(() => {
    var s = !1;
    t((c, v = 0) => {
      s = !0, l(v, c);
    }), s || l(-1, null);
  }, i);
}
function yt(e, t) {
  return t;
}
function Oi(e, t, r) {
  for (var n = [], a = t.length, i, l = t.length, s = 0; s < a; s++) {
    let f = t[s];
    Fe(f, () => {
      if (i) {
        if (i.pending.delete(f), i.done.add(f), i.pending.size === 0) {
          var o = e.outrogroups;
          dr(e, It(i.done)), o.delete(i), o.size === 0 && (e.outrogroups = null);
        }
      } else l -= 1;
    }, !1);
  }
  if (l === 0) {
    var c = n.length === 0 && r !== null && e.pending.size === 0;
    if (c) {
      var v = r, _ = v.parentNode;
      zn(_), _.append(v), e.items.clear();
    }
    dr(e, t, !c);
  } else
    i = {
      pending: new Set(t),
      done: /* @__PURE__ */ new Set()
    }, (e.outrogroups ??= /* @__PURE__ */ new Set()).add(i);
}
function dr(e, t, r = !0) {
  var n;
  if (e.pending.size > 0) {
    n = /* @__PURE__ */ new Set();
    for (const l of e.pending.values()) for (const s of l) n.add(e.items.get(s).e);
  }
  for (var a = 0; a < t.length; a++) {
    var i = t[a];
    if (n?.has(i)) {
      i.f |= ft;
      const l = document.createDocumentFragment();
      Lr(i, l);
    } else Q(t[a], r);
  }
}
var Qr;
function $(e, t, r, n, a, i = null) {
  var l = e, s = /* @__PURE__ */ new Map();
  if ((t & 4) !== 0) {
    var c = e;
    l = j ? J(/* @__PURE__ */ ae(c)) : c.appendChild(re());
  }
  j && Ft();
  var v = null, _ = /* @__PURE__ */ br(() => {
    var p = r();
    return fn(p) ? p : p == null ? [] : It(p);
  }), f = /* @__PURE__ */ new Map(), o = !0;
  function u(p) {
    if ((m.effect.f & 16384) === 0) {
      m.pending.delete(p);
      var w = d(_);
      m.fallback = v, ji(m, w, l, t, n), v !== null && (w.length === 0 ? (v.f & 33554432) === 0 ? Pt(v) : (v.f ^= ft, ot(v, null, l)) : Fe(v, () => {
        v = null;
      }));
    }
  }
  function h(p) {
    m.pending.delete(p);
  }
  var m = {
    effect: Mr(() => {
      var p = d(_), w = p.length;
      let z = !1;
      j && mr(l) === "[!" != (w === 0) && (l = Ct(), J(l), Me(!1), z = !0);
      for (var M = /* @__PURE__ */ new Set(), y = O, x = Nn(), q = 0; q < w; q += 1) {
        j && C.nodeType === 8 && C.data === "]" && (l = C, z = !0, Me(!1));
        var T = p[q], D = n(T, q);
        if (0)
          var ge;
        var P = o ? null : s.get(D);
        P ? (P.v && Je(P.v, T), P.i && Je(P.i, q), x && y.unskip_effect(P.e)) : (P = Ci(s, o ? l : Qr ??= re(), T, D, q, a, t, r), o || (P.e.f |= ft), s.set(D, P)), M.add(D);
      }
      if (w === 0 && i && !v && (o ? v = ue(() => i(l)) : (v = ue(() => i(Qr ??= re())), v.f |= ft)), w > M.size && Ra("", "", ""), j && w > 0 && J(Ct()), !o)
        if (f.set(y, M), x) {
          for (const [Ye, rt] of s) M.has(Ye) || y.skip_effect(rt.e);
          y.oncommit(u), y.ondiscard(h);
        } else u(y);
      z && Me(!0), d(_);
    }),
    flags: t,
    items: s,
    pending: f,
    outrogroups: null,
    fallback: v
  };
  o = !1, j && (l = C);
}
function it(e) {
  for (; e !== null && (e.f & 32) === 0; ) e = e.next;
  return e;
}
function ji(e, t, r, n, a) {
  var i = (n & 8) !== 0, l = t.length, s = e.items, c = it(e.effect.first), v, _ = null, f, o = [], u = [], h, m, p, w;
  if (i) for (w = 0; w < l; w += 1)
    h = t[w], m = a(h, w), p = s.get(m).e, (p.f & 33554432) === 0 && (p.nodes?.a?.measure(), (f ??= /* @__PURE__ */ new Set()).add(p));
  for (w = 0; w < l; w += 1) {
    if (h = t[w], m = a(h, w), p = s.get(m).e, e.outrogroups !== null) for (const P of e.outrogroups)
      P.pending.delete(p), P.done.delete(p);
    if ((p.f & 8192) !== 0 && (Pt(p), i && (p.nodes?.a?.unfix(), (f ??= /* @__PURE__ */ new Set()).delete(p))), (p.f & 33554432) !== 0)
      if (p.f ^= ft, p === c) ot(p, null, r);
      else {
        var z = _ ? _.next : c;
        p === e.effect.last && (e.effect.last = p.prev), p.prev && (p.prev.next = p.next), p.next && (p.next.prev = p.prev), Ce(e, _, p), Ce(e, p, z), ot(p, z, r), _ = p, o = [], u = [], c = it(_.next);
        continue;
      }
    if (p !== c) {
      if (v !== void 0 && v.has(p)) {
        if (o.length < u.length) {
          var M = u[0], y;
          _ = M.prev;
          var x = o[0], q = o[o.length - 1];
          for (y = 0; y < o.length; y += 1) ot(o[y], M, r);
          for (y = 0; y < u.length; y += 1) v.delete(u[y]);
          Ce(e, x.prev, q.next), Ce(e, _, x), Ce(e, q, M), c = M, _ = q, w -= 1, o = [], u = [];
        } else
          v.delete(p), ot(p, c, r), Ce(e, p.prev, p.next), Ce(e, p, _ === null ? e.effect.first : _.next), Ce(e, _, p), _ = p;
        continue;
      }
      for (o = [], u = []; c !== null && c !== p; )
        (v ??= /* @__PURE__ */ new Set()).add(c), u.push(c), c = it(c.next);
      if (c === null) continue;
    }
    (p.f & 33554432) === 0 && o.push(p), _ = p, c = it(p.next);
  }
  if (e.outrogroups !== null) {
    for (const P of e.outrogroups) P.pending.size === 0 && (dr(e, It(P.done)), e.outrogroups?.delete(P));
    e.outrogroups.size === 0 && (e.outrogroups = null);
  }
  if (c !== null || v !== void 0) {
    var T = [];
    if (v !== void 0)
      for (p of v) (p.f & 8192) === 0 && T.push(p);
    for (; c !== null; )
      (c.f & 8192) === 0 && c !== e.fallback && T.push(c), c = it(c.next);
    var D = T.length;
    if (D > 0) {
      var ge = (n & 4) !== 0 && l === 0 ? r : null;
      if (i) {
        for (w = 0; w < D; w += 1) T[w].nodes?.a?.measure();
        for (w = 0; w < D; w += 1) T[w].nodes?.a?.fix();
      }
      Oi(e, T, ge);
    }
  }
  i && Re(() => {
    if (f !== void 0)
      for (p of f) p.nodes?.a?.apply();
  });
}
function Ci(e, t, r, n, a, i, l, s) {
  var c = (l & 1) !== 0 ? (l & 16) === 0 ? /* @__PURE__ */ Rn(r, !1, !1) : Ue(r) : null, v = (l & 2) !== 0 ? Ue(a) : null;
  return {
    v: c,
    i: v,
    e: ue(() => (i(t, c ?? r, v ?? a, s), () => {
      e.delete(n);
    }))
  };
}
function ot(e, t, r) {
  if (e.nodes)
    for (var n = e.nodes.start, a = e.nodes.end, i = t && (t.f & 33554432) === 0 ? t.nodes.start : r; n !== null; ) {
      var l = /* @__PURE__ */ qe(n);
      if (i.before(n), n === a) return;
      n = l;
    }
}
function Ce(e, t, r) {
  t === null ? e.effect.first = r : t.next = r, r === null ? e.effect.last = t : r.prev = t;
}
function Ae(e, t) {
  In(() => {
    e = A?.parent?.nodes?.start ?? e;
    var r = e.getRootNode(), n = r.host ? r : r.head ?? r.ownerDocument.head;
    if (!n.querySelector("#" + t.hash)) {
      const a = qr("style");
      a.id = t.hash, a.textContent = t.code, n.appendChild(a);
    }
  });
}
var en = [...` 	
\r\f \v\uFEFF`];
function zi(e, t, r) {
  var n = e == null ? "" : "" + e;
  if (t && (n = n ? n + " " + t : t), r) {
    for (var a of Object.keys(r)) if (r[a]) n = n ? n + " " + a : a;
    else if (n.length)
      for (var i = a.length, l = 0; (l = n.indexOf(a, l)) >= 0; ) {
        var s = l + i;
        (l === 0 || en.includes(n[l - 1])) && (s === n.length || en.includes(n[s])) ? n = (l === 0 ? "" : n.substring(0, l)) + n.substring(s + 1) : l = s;
      }
  }
  return n === "" ? null : n;
}
function tn(e, t = !1) {
  var r = t ? " !important;" : ";", n = "";
  for (var a of Object.keys(e)) {
    var i = e[a];
    i != null && i !== "" && (n += " " + a + ": " + i + r);
  }
  return n;
}
function Xt(e) {
  return e[0] !== "-" || e[1] !== "-" ? e.toLowerCase() : e;
}
function Ni(e, t) {
  if (t) {
    var r = "", n, a;
    if (Array.isArray(t) ? (n = t[0], a = t[1]) : n = t, e) {
      e = String(e).replaceAll(/\/\*.*?\*\//g, "").trim();
      var i = !1, l = 0, s = !1, c = [];
      n && c.push(...Object.keys(n).map(Xt)), a && c.push(...Object.keys(a).map(Xt));
      var v = 0, _ = -1;
      const m = e.length;
      for (var f = 0; f < m; f++) {
        var o = e[f];
        if (s ? o === "/" && e[f - 1] === "*" && (s = !1) : i ? i === o && (i = !1) : o === "/" && e[f + 1] === "*" ? s = !0 : o === '"' || o === "'" ? i = o : o === "(" ? l++ : o === ")" && l--, !s && i === !1 && l === 0) {
          if (o === ":" && _ === -1) _ = f;
          else if (o === ";" || f === m - 1) {
            if (_ !== -1) {
              var u = Xt(e.substring(v, _).trim());
              if (!c.includes(u)) {
                o !== ";" && f++;
                var h = e.substring(v, f).trim();
                r += " " + h + ";";
              }
            }
            v = f + 1, _ = -1;
          }
        }
      }
    }
    return n && (r += tn(n)), a && (r += tn(a, !0)), r = r.trim(), r === "" ? null : r;
  }
  return e == null ? null : String(e);
}
function ye(e, t, r, n, a, i) {
  var l = e[rr];
  if (j || l !== r || l === void 0) {
    var s = zi(r, n, i);
    (!j || s !== e.getAttribute("class")) && (s == null ? e.removeAttribute("class") : t ? e.className = s : e.setAttribute("class", s)), e[rr] = r;
  } else if (i && a !== i) for (var c in i) {
    var v = !!i[c];
    (a == null || v !== !!a[c]) && e.classList.toggle(c, v);
  }
  return i;
}
function Jt(e, t = {}, r, n) {
  for (var a in r) {
    var i = r[a];
    t[a] !== i && (r[a] == null ? e.style.removeProperty(a) : e.style.setProperty(a, i, n));
  }
}
function Pi(e, t, r, n) {
  var a = e[nr];
  if (j || a !== t) {
    var i = Ni(t, n);
    (!j || i !== e.getAttribute("style")) && (i == null ? e.removeAttribute("style") : e.style.cssText = i), e[nr] = t;
  } else n && (Array.isArray(n) ? (Jt(e, r?.[0], n[0]), Jt(e, r?.[1], n[1], "important")) : Jt(e, r, n));
  return n;
}
var Hi = /* @__PURE__ */ Symbol("is custom element"), Ii = /* @__PURE__ */ Symbol("is html"), Di = gn ? "link" : "LINK", Fi = gn ? "progress" : "PROGRESS";
function Bi(e, t) {
  var r = ra(e);
  r.value === (r.value = t ?? void 0) || e.value === t && (t !== 0 || e.nodeName !== Fi) || (e.value = t ?? "");
}
function g(e, t, r, n) {
  var a = ra(e);
  if (j && (a[t] = e.getAttribute(t), t === "src" || t === "srcset" || t === "href" && e.nodeName === Di)) {
    n || void 0;
    return;
  }
  var i = a[t];
  i !== (a[t] = r) && (t === "loading" && (e[ka] = r), r == null ? e.removeAttribute(t) : typeof r != "string" && Ui(e).has(t) ? e[t] = r : j && (typeof r == "number" || typeof r == "boolean") && i === String(r) || e.setAttribute(t, r));
}
function ra(e) {
  return e[_n] ??= {
    [Hi]: e.nodeName.includes("-"),
    [Ii]: e.namespaceURI === Sa
  };
}
var rn = /* @__PURE__ */ new Map();
function Ui(e) {
  var t = e.getAttribute("is") || e.nodeName, r = rn.get(t);
  if (r) return r;
  rn.set(t, r = /* @__PURE__ */ new Set());
  for (var n, a = e, i = Element.prototype; i !== a; ) {
    n = _a(a);
    for (var l in n) n[l].set && l !== "innerHTML" && l !== "textContent" && l !== "innerText" && r.add(l);
    a = un(a);
  }
  return r;
}
function Qt(e, t) {
  return e === t || e?.[ut] === t;
}
function vr(e = yr(), t, r, n) {
  var a = I.r, i = A;
  return In(() => {
    var l, s;
    return Ar(() => {
      l = s, s = n?.() || [], Ut(() => {
        Qt(r(...s), e) || (t(e, ...s), l && Qt(r(...l), e) && t(null, ...l));
      });
    }), () => {
      let c = i;
      for (; c !== a && c.parent !== null && c.parent.f & 33554432; ) c = c.parent;
      const v = () => {
        s && Qt(r(...s), e) && t(null, ...s);
      }, _ = c.teardown;
      c.teardown = () => {
        v(), _?.();
      };
    };
  }), e;
}
var Lt = !1;
function $i(e) {
  var t = Lt;
  try {
    return Lt = !1, [e(), Lt];
  } finally {
    Lt = t;
  }
}
function He(e, t, r, n) {
  var a = !kt || (r & 2) !== 0, i = (r & 8) !== 0, l = (r & 16) !== 0, s = n, c = !0, v = void 0, _ = () => l && a ? (v ??= /* @__PURE__ */ pt(n), d(v)) : (c && (c = !1, s = l ? Ut(n) : n), s);
  let f;
  if (i) {
    var o = ut in e || hn in e;
    f = We(e, t)?.set ?? (o && t in e ? (y) => e[t] = y : void 0);
  }
  var u, h = !1;
  i ? [u, h] = $i(() => e[t]) : u = e[t], u === void 0 && n !== void 0 && (u = _(), f && (a && Na(t), f(u)));
  var m;
  if (a ? m = () => {
    var y = e[t];
    return y === void 0 ? _() : (c = !0, y);
  } : m = () => {
    var y = e[t];
    return y !== void 0 && (s = void 0), y === void 0 ? s : y;
  }, a && (r & 4) === 0) return m;
  if (f) {
    var p = e.$$legacy;
    return (function(y, x) {
      return arguments.length > 0 ? ((!a || !x || p || h) && f(x ? m() : y), y) : m();
    });
  }
  var w = !1, z = ((r & 1) !== 0 ? pt : br)(() => (w = !1, m()));
  i && d(z);
  var M = A;
  return (function(y, x) {
    if (arguments.length > 0) {
      const q = x ? d(z) : a && i ? Le(y) : y;
      return G(z, q), w = !0, s !== void 0 && (s = q), y;
    }
    return Oe && w || (M.f & 16384) !== 0 ? z.v : d(z);
  });
}
function Yi(e) {
  return new Vi(e);
}
var Vi = class {
  #e;
  #t;
  constructor(e) {
    var t = /* @__PURE__ */ new Map(), r = (a, i) => {
      var l = /* @__PURE__ */ Rn(i, !1, !1);
      return t.set(a, l), l;
    };
    const n = new Proxy({
      ...e.props || {},
      $$events: {}
    }, {
      get(a, i) {
        return d(t.get(i) ?? r(i, Reflect.get(a, i)));
      },
      has(a, i) {
        return i === hn ? !0 : (d(t.get(i) ?? r(i, Reflect.get(a, i))), Reflect.has(a, i));
      },
      set(a, i, l) {
        return G(t.get(i) ?? r(i, l), l), Reflect.set(a, i, l);
      }
    });
    this.#t = (e.hydrate ? ea : Qn)(e.component, {
      target: e.target,
      anchor: e.anchor,
      props: n,
      context: e.context,
      intro: e.intro ?? !1,
      recover: e.recover,
      transformError: e.transformError
    }), !ke && (!e?.props?.$$host || e.sync === !1) && xr(), this.#e = n.$$events;
    for (const a of Object.keys(this.#t))
      a === "$set" || a === "$destroy" || a === "$on" || hr(this, a, {
        get() {
          return this.#t[a];
        },
        set(i) {
          this.#t[a] = i;
        },
        enumerable: !0
      });
    this.#t.$set = (a) => {
      Object.assign(n, a);
    }, this.#t.$destroy = () => {
      Ri(this.#t);
    };
  }
  $set(e) {
    this.#t.$set(e);
  }
  $on(e, t) {
    this.#e[e] = this.#e[e] || [];
    const r = (...n) => t.call(this, ...n);
    return this.#e[e].push(r), () => {
      this.#e[e] = this.#e[e].filter((n) => n !== r);
    };
  }
  $destroy() {
    this.#t.$destroy();
  }
}, Gi;
typeof HTMLElement == "function" && (Gi = class extends HTMLElement {
  $$ctor;
  $$s;
  $$c;
  $$cn = !1;
  $$d = {};
  $$r = !1;
  $$p_d = {};
  $$l = {};
  $$l_u = /* @__PURE__ */ new Map();
  $$me;
  $$shadowRoot = null;
  constructor(e, t, r) {
    super(), this.$$ctor = e, this.$$s = t, r && (this.$$shadowRoot = this.attachShadow(r));
  }
  addEventListener(e, t, r) {
    if (this.$$l[e] = this.$$l[e] || [], this.$$l[e].push(t), this.$$c) {
      const n = this.$$c.$on(e, t);
      this.$$l_u.set(t, n);
    }
    super.addEventListener(e, t, r);
  }
  removeEventListener(e, t, r) {
    if (super.removeEventListener(e, t, r), this.$$c) {
      const n = this.$$l_u.get(t);
      n && (n(), this.$$l_u.delete(t));
    }
  }
  async connectedCallback() {
    if (this.$$cn = !0, !this.$$c) {
      let e = function(n) {
        return (a) => {
          const i = qr("slot");
          n !== "default" && (i.name = n), b(a, i);
        };
      };
      if (await Promise.resolve(), !this.$$cn || this.$$c) return;
      const t = {}, r = Ki(this);
      for (const n of this.$$s) n in r && (n === "default" && !this.$$d.children ? (this.$$d.children = e(n), t.default = !0) : t[n] = e(n));
      for (const n of this.attributes) {
        const a = this.$$g_p(n.name);
        a in this.$$d || (this.$$d[a] = er(a, n.value, this.$$p_d, "toProp"));
      }
      for (const n in this.$$p_d) !(n in this.$$d) && this[n] !== void 0 && (this.$$d[n] = this[n], delete this[n]);
      this.$$c = Yi({
        component: this.$$ctor,
        target: this.$$shadowRoot || this,
        props: {
          ...this.$$d,
          $$slots: t,
          $$host: this
        }
      }), this.$$me = fi(() => {
        Ar(() => {
          this.$$r = !0;
          for (const n of Fr(this.$$c)) {
            if (!this.$$p_d[n]?.reflect) continue;
            this.$$d[n] = this.$$c[n];
            const a = er(n, this.$$d[n], this.$$p_d, "toAttribute");
            a == null ? this.removeAttribute(this.$$p_d[n].attribute || n) : this.setAttribute(this.$$p_d[n].attribute || n, a);
          }
          this.$$r = !1;
        });
      });
      for (const n in this.$$l) for (const a of this.$$l[n]) {
        const i = this.$$c.$on(n, a);
        this.$$l_u.set(a, i);
      }
      this.$$l = {};
    }
  }
  attributeChangedCallback(e, t, r) {
    this.$$r || (e = this.$$g_p(e), this.$$d[e] = er(e, r, this.$$p_d, "toProp"), this.$$c?.$set({ [e]: this.$$d[e] }));
  }
  disconnectedCallback() {
    this.$$cn = !1, Promise.resolve().then(() => {
      !this.$$cn && this.$$c && (this.$$c.$destroy(), this.$$me(), this.$$c = void 0);
    });
  }
  $$g_p(e) {
    return Fr(this.$$p_d).find((t) => this.$$p_d[t].attribute === e || !this.$$p_d[t].attribute && t.toLowerCase() === e) || e;
  }
});
function er(e, t, r, n) {
  const a = r[e]?.type;
  if (t = a === "Boolean" && typeof t != "boolean" ? t != null : t, !n || !r[e]) return t;
  if (n === "toAttribute") switch (a) {
    case "Object":
    case "Array":
      return t == null ? null : JSON.stringify(t);
    case "Boolean":
      return t ? "" : null;
    case "Number":
      return t ?? null;
    default:
      return t;
  }
  else switch (a) {
    case "Object":
    case "Array":
      return t && JSON.parse(t);
    case "Boolean":
      return t;
    case "Number":
      return t != null ? +t : t;
    default:
      return t;
  }
}
function Ki(e) {
  const t = {};
  return e.childNodes.forEach((r) => {
    t[r.slot || "default"] = !0;
  }), t;
}
function Wi(e) {
  I === null && yn("onMount"), kt && I.l !== null ? Zi(I).m.push(e) : oi(() => {
    const t = Ut(e);
    if (typeof t == "function") return t;
  });
}
function Zi(e) {
  var t = e.l;
  return t.u ??= {
    a: [],
    b: [],
    m: []
  };
}
typeof window < "u" && ((window.__svelte ??= {}).v ??= /* @__PURE__ */ new Set()).add("5");
var Xi = /* @__PURE__ */ U('<text class="svelte-1tlyuec"> </text>'), Ji = /* @__PURE__ */ U('<g aria-hidden="true" class="sky svelte-1tlyuec"><path class="atmosphere svelte-1tlyuec"></path><path class="orbit svelte-1tlyuec"></path><path class="orbit higher svelte-1tlyuec"></path><!><path class="earth svelte-1tlyuec"></path><text class="scale-note svelte-1tlyuec" text-anchor="middle"> </text></g>'), Qi = {
  hash: "svelte-1tlyuec",
  code: "g.svelte-1tlyuec {pointer-events:none;}.atmosphere.svelte-1tlyuec {fill:var(--diagram-air);}.orbit.svelte-1tlyuec {fill:none;stroke:var(--diagram-orbit);stroke-width:1.5;stroke-dasharray:6 5;}.higher.svelte-1tlyuec {stroke-dasharray:2 6;}.earth.svelte-1tlyuec {fill:var(--diagram-earth);stroke:var(--diagram-ground-line);stroke-width:2;}text.svelte-1tlyuec {fill:var(--text-muted);}.scale-note.svelte-1tlyuec {fill:var(--diagram-earth-text);font-weight:600;}"
};
function es(e, t) {
  he(t, !0), Ae(e, Qi);
  var r = Ji(), n = N(r), a = k(n), i = k(a), l = k(i);
  $(l, 17, () => t.scene.orbitLabels, (_) => _.id, (_, f) => {
    var o = Or(), u = ce(o);
    $(u, 17, () => d(f).lines, (h) => h.text, (h, m) => {
      var p = Xi(), w = B(p, !0);
      E(() => {
        g(p, "x", d(m).x), g(p, "y", d(m).y), g(p, "font-size", t.scene.fontSize), H(w, d(m).text);
      }), b(h, p);
    }), b(_, o);
  });
  var s = k(l), c = k(s), v = B(c, !0);
  L(r), E(() => {
    g(n, "d", t.scene.atmosphere), g(a, "d", t.scene.lowOrbit), g(i, "d", t.scene.higherOrbit), g(s, "d", t.scene.earth), g(c, "x", t.scene.notToScale.x), g(c, "y", t.scene.notToScale.y), g(c, "font-size", t.scene.fontSize), H(v, t.scene.notToScale.text);
  }), b(e, r), _e();
}
var ts = /* @__PURE__ */ U("<path></path>"), rs = /* @__PURE__ */ U('<path class="divider svelte-1bb56l9"></path>'), ns = /* @__PURE__ */ U('<text text-anchor="middle"> </text>'), as = /* @__PURE__ */ U('<g aria-hidden="true" class="bands svelte-1bb56l9"><!><!><!></g>'), is = {
  hash: "svelte-1bb56l9",
  code: "g.svelte-1bb56l9 {pointer-events:none;}.band.svelte-1bb56l9 {fill:transparent;}.band.odd.svelte-1bb56l9 {fill:var(--diagram-band);}.divider.svelte-1bb56l9 {stroke:var(--diagram-orbit);stroke-width:1;stroke-dasharray:3 4;}text.svelte-1bb56l9 {fill:var(--text-muted);}.title.svelte-1bb56l9 {fill:var(--text);font-weight:700;}"
};
function ss(e, t) {
  he(t, !0), Ae(e, is);
  var r = as(), n = N(r);
  $(n, 19, () => t.scene.bands, (l) => l.phase, (l, s, c) => {
    var v = ts();
    let _;
    E(() => {
      g(v, "d", d(s).path), _ = ye(v, 0, "band svelte-1bb56l9", null, _, { odd: d(c) % 2 === 1 });
    }), b(l, v);
  });
  var a = k(n);
  $(a, 17, () => t.scene.dividers, yt, (l, s) => {
    var c = rs();
    E(() => g(c, "d", d(s))), b(l, c);
  });
  var i = k(a);
  $(i, 17, () => t.scene.bands, (l) => l.phase, (l, s) => {
    var c = Or(), v = ce(c);
    $(v, 17, () => d(s).lines, yt, (_, f, o) => {
      var u = ns();
      ye(u, 0, "svelte-1bb56l9", null, {}, { title: o === 0 });
      var h = B(u, !0);
      E(() => {
        g(u, "x", d(f).x), g(u, "y", d(f).y), g(u, "font-size", t.scene.fontSize), H(h, d(f).text);
      }), b(_, u);
    }), b(l, c);
  }), L(r), b(e, r), _e();
}
var ls = /* @__PURE__ */ U('<rect class="solid svelte-1rdkql3"></rect><rect class="outline svelte-1rdkql3"></rect><rect class="outline svelte-1rdkql3"></rect>', 1), nn = /* @__PURE__ */ U('<path class="solid svelte-1rdkql3"></path>'), os = /* @__PURE__ */ U('<rect class="solid svelte-1rdkql3"></rect><path class="solid svelte-1rdkql3"></path>', 1), fs = /* @__PURE__ */ U('<circle class="outline svelte-1rdkql3"></circle><path class="stroke svelte-1rdkql3"></path>', 1), us = /* @__PURE__ */ U('<circle class="outline svelte-1rdkql3"></circle><circle class="solid svelte-1rdkql3"></circle>', 1), cs = /* @__PURE__ */ U('<path class="stroke thick svelte-1rdkql3"></path>'), ds = /* @__PURE__ */ U('<g class="glyph"><!></g>'), vs = {
  hash: "svelte-1rdkql3",
  code: ".solid.svelte-1rdkql3 {fill:var(--mark);stroke:var(--mark-edge);stroke-width:1;}.outline.svelte-1rdkql3 {fill:var(--bg);stroke:var(--mark);stroke-width:2.5;}.stroke.svelte-1rdkql3 {fill:none;stroke:var(--mark);stroke-width:2.5;}.thick.svelte-1rdkql3 {stroke-width:4;stroke-linecap:round;}"
};
function jr(e, t) {
  Ae(e, vs);
  var r = ds(), n = N(r), a = (f) => {
    var o = ls(), u = ce(o), h = k(u), m = k(h);
    E(() => {
      g(u, "x", -t.r * 0.35), g(u, "y", -t.r * 0.35), g(u, "width", t.r * 0.7), g(u, "height", t.r * 0.7), g(h, "x", -t.r), g(h, "y", -t.r * 0.22), g(h, "width", t.r * 0.55), g(h, "height", t.r * 0.44), g(m, "x", t.r * 0.45), g(m, "y", -t.r * 0.22), g(m, "width", t.r * 0.55), g(m, "height", t.r * 0.44);
    }), b(f, o);
  }, i = (f) => {
    var o = nn();
    E(() => g(o, "d", `M0,${-t.r}L${t.r * 0.85},${t.r * 0.75}L${-t.r * 0.85},${t.r * 0.75}Z`)), b(f, o);
  }, l = (f) => {
    var o = os(), u = ce(o), h = k(u);
    E(() => {
      g(u, "x", -t.r), g(u, "y", t.r * 0.2), g(u, "width", t.r * 2), g(u, "height", t.r * 0.8), g(h, "d", `M${-t.r * 0.35},${t.r * 0.2}L0,${-t.r}L${t.r * 0.35},${t.r * 0.2}Z`);
    }), b(f, o);
  }, s = (f) => {
    var o = fs(), u = ce(o), h = k(u);
    E(() => {
      g(u, "r", t.r * 0.75), g(h, "d", `M${-t.r},0H${t.r}M0,${-t.r}V${t.r}`);
    }), b(f, o);
  }, c = (f) => {
    var o = nn();
    E(() => g(o, "d", `M${-t.r},${-t.r * 0.2}L${-t.r * 0.3},${-t.r * 0.8}L${t.r * 0.1},${-t.r * 0.1}L${t.r * 0.5},${-t.r * 0.7}L${t.r},0L${t.r * 0.3},${t.r * 0.7}L${-t.r * 0.1},${t.r * 0.05}L${-t.r * 0.5},${t.r * 0.6}Z`)), b(f, o);
  }, v = (f) => {
    var o = us(), u = ce(o), h = k(u);
    E(() => {
      g(u, "r", t.r), g(h, "r", t.r * 0.45);
    }), b(f, o);
  }, _ = (f) => {
    var o = cs();
    E(() => g(o, "d", `M${-t.r * 0.9},${t.r * 0.6}H${t.r * 0.9}M${-t.r * 0.2},${t.r * 0.6}L${t.r * 0.5},${-t.r}`)), b(f, o);
  };
  ie(n, (f) => {
    t.kind === "satellite" ? f(a) : t.kind === "space-interceptor" ? f(i, 1) : t.kind === "ground-interceptor" ? f(l, 2) : t.kind === "strike" ? f(s, 3) : t.kind === "effect" ? f(c, 4) : t.kind === "defended" ? f(v, 5) : f(_, -1);
  }), L(r), E(() => g(r, "transform", `translate(${t.x},${t.y})`)), b(e, r);
}
var wt = [
  "ballistic",
  "hypersonic",
  "cruise"
], hs = {
  ballistic: "Ballistic missile (ICBM)",
  hypersonic: "Hypersonic glide vehicle",
  cruise: "Cruise missile"
}, Ht = {
  ballistic: "a ballistic missile (ICBM)",
  hypersonic: "a hypersonic glide vehicle",
  cruise: "a cruise missile"
};
function an(e) {
  return Math.round(e * 100) / 100;
}
function _s(e, t) {
  const r = Math.min(Math.max(t, 0), 1) * (e.length - 1), n = Math.min(Math.floor(r), e.length - 2), a = r - n, i = e[n], l = e[n + 1];
  return {
    x: an(i.x + (l.x - i.x) * a),
    y: an(i.y + (l.y - i.y) * a)
  };
}
var sn = 40;
function ln(e) {
  const t = e.replace(/[\u0000-\u001f\u007f]/g, "");
  return `“${t.length > sn ? `${t.slice(0, sn)}…` : t}”`;
}
function na(e) {
  try {
    return new URLSearchParams(e.startsWith("?") ? e.slice(1) : e);
  } catch {
    return new URLSearchParams();
  }
}
function gs(e, t, r = "") {
  const n = na(r);
  for (const i of e.params) n.delete(i);
  for (const [i, l] of e.serialize(t)) n.append(i, l);
  const a = n.toString();
  return a ? `?${a}` : "";
}
var ht = {
  element: null,
  threat: "ballistic"
}, ps = ["element", "threat"];
function ms(e) {
  return {
    params: ps,
    defaults: ht,
    parse(t, r = "") {
      const n = [], a = { ...ht }, i = /^#threat-([a-z]+)$/.exec(r)?.[1], l = t.get("threat") ?? i ?? null;
      l !== null && l !== "" && (wt.includes(l) ? a.threat = l : n.push(`Unknown threat ${ln(l)}: showing the ballistic missile view.`));
      const s = t.get("element");
      return s !== null && s !== "" && (e.has(s) ? a.element = s : n.push(`Unknown element ${ln(s)}: showing the whole diagram with nothing selected.`)), {
        state: a,
        notes: n
      };
    },
    serialize(t) {
      const r = new URLSearchParams();
      return t.element && r.set("element", t.element), t.threat !== ht.threat && r.set("threat", t.threat), r;
    }
  };
}
var ys = class {
  #e = /* @__PURE__ */ W(Le(ht.threat));
  get threat() {
    return d(this.#e);
  }
  set threat(e) {
    G(this.#e, e, !0);
  }
  #t = /* @__PURE__ */ W(null);
  get selected() {
    return d(this.#t);
  }
  set selected(e) {
    G(this.#t, e, !0);
  }
  #r = /* @__PURE__ */ W(null);
  get hovered() {
    return d(this.#r);
  }
  set hovered(e) {
    G(this.#r, e, !0);
  }
  #l = /* @__PURE__ */ W(!1);
  get tooltipHovered() {
    return d(this.#l);
  }
  set tooltipHovered(e) {
    G(this.#l, e, !0);
  }
  #n = /* @__PURE__ */ W(Le([]));
  get notes() {
    return d(this.#n);
  }
  set notes(e) {
    G(this.#n, e, !0);
  }
  #a = /* @__PURE__ */ W(null);
  get progress() {
    return d(this.#a);
  }
  set progress(e) {
    G(this.#a, e, !0);
  }
  #s = /* @__PURE__ */ W(Le([]));
  get emphasised() {
    return d(this.#s);
  }
  set emphasised(e) {
    G(this.#s, e, !0);
  }
  #i = /* @__PURE__ */ W(!1);
  get hydrated() {
    return d(this.#i);
  }
  set hydrated(e) {
    G(this.#i, e, !0);
  }
  constructor(e = {}) {
    this.threat = e.threat ?? ht.threat, this.selected = e.element ?? null;
  }
  leave(e) {
    setTimeout(() => {
      this.hovered === e && !this.tooltipHovered && (this.hovered = null);
    }, 150);
  }
  get snapshot() {
    return {
      element: this.selected,
      threat: this.threat
    };
  }
  apply(e) {
    this.threat = e.threat, this.selected = e.element;
  }
}, aa = /* @__PURE__ */ Symbol("layered-diagram-state");
function ws(e) {
  return $a(aa, e);
}
function Tt() {
  const e = Ua(aa);
  if (!e) throw new Error("getLayeredState() must be called inside <LayeredDiagram>.");
  return e;
}
var bs = /* @__PURE__ */ U("<path></path>"), ks = /* @__PURE__ */ U('<circle class="threat-marker svelte-36rrty"></circle>'), xs = /* @__PURE__ */ U('<text class="svelte-36rrty"> </text>'), Ss = /* @__PURE__ */ U('<g aria-hidden="true" class="threat svelte-36rrty"><!><g class="launch-site svelte-36rrty"><!></g><!><!></g>'), Es = {
  hash: "svelte-36rrty",
  code: `g.svelte-36rrty {pointer-events:none;}.threat-path.svelte-36rrty {fill:none;stroke:var(--diagram-threat);stroke-width:3.5;stroke-linecap:round;display:none;}
  /* The launch site's glyph in the text colour (MarkGlyph reads these). */.launch-site.svelte-36rrty {--mark: var(--text);--mark-edge: var(--text);}.threat-marker.svelte-36rrty {fill:var(--diagram-threat);stroke:var(--bg);stroke-width:3;}text.svelte-36rrty {fill:var(--text);font-weight:600;}`
};
function qs(e, t) {
  he(t, !0), Ae(e, Es);
  const r = Tt(), n = /* @__PURE__ */ X(() => r.progress === null || !t.scene.pathSamples ? null : _s(t.scene.pathSamples[r.threat], r.progress));
  var a = Ss(), i = N(a);
  $(i, 16, () => wt, (f) => f, (f, o) => {
    var u = bs();
    E(() => {
      g(u, "d", t.scene.paths[o]), ye(u, 0, `threat-path path-${o}`, "svelte-36rrty"), g(u, "data-threat-path", o);
    }), b(f, u);
  });
  var l = k(i), s = N(l);
  {
    let f = /* @__PURE__ */ X(() => t.scene.launch.y - t.scene.markRadius * 0.6);
    jr(s, {
      kind: "launch",
      get x() {
        return t.scene.launch.x;
      },
      get y() {
        return d(f);
      },
      get r() {
        return t.scene.markRadius;
      }
    });
  }
  L(l);
  var c = k(l), v = (f) => {
    var o = ks();
    E(() => {
      g(o, "cx", d(n).x), g(o, "cy", d(n).y), g(o, "r", t.scene.markRadius * 0.8), g(o, "data-progress", r.progress);
    }), b(f, o);
  };
  ie(c, (f) => {
    d(n) && f(v);
  });
  var _ = k(c);
  $(_, 17, () => t.scene.launchLabel?.lines ?? [], yt, (f, o) => {
    var u = xs(), h = B(u, !0);
    E(() => {
      g(u, "x", d(o).x), g(u, "y", d(o).y), g(u, "font-size", t.scene.fontSize), H(h, d(o).text);
    }), b(f, u);
  }), L(a), b(e, a), _e();
}
function Cr(e) {
  return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}
var Ts = /* @__PURE__ */ U('<path class="flyout svelte-1qguxi4"></path>'), As = /* @__PURE__ */ U('<line class="leader svelte-1qguxi4"></line>'), Ms = /* @__PURE__ */ U('<circle class="hit svelte-1qguxi4"></circle><!>', 1), Rs = /* @__PURE__ */ U("<tspan> </tspan>"), Ls = /* @__PURE__ */ U('<a><rect class="hit svelte-1qguxi4"></rect><!><!><!><text></text><rect class="focus-ring svelte-1qguxi4" rx="4"></rect></a>'), Os = /* @__PURE__ */ U('<g class="marks"></g>'), js = {
  hash: "svelte-1qguxi4",
  code: `.mark.svelte-1qguxi4 {cursor:pointer;outline:none;}.hit.svelte-1qguxi4 {fill:transparent;}.flyout.svelte-1qguxi4 {fill:none;stroke:var(--mark);stroke-width:2;stroke-dasharray:5 4;}.leader.svelte-1qguxi4 {stroke:var(--text-muted);stroke-width:1.25;}text.svelte-1qguxi4 {fill:var(--faded-text, var(--text));font-style:var(--faded-style, normal);font-weight:600;}.mark.svelte-1qguxi4:hover text:where(.svelte-1qguxi4) {text-decoration:underline;}.mark.dimmed.svelte-1qguxi4 .glyph,
  .mark.dimmed.svelte-1qguxi4 .flyout:where(.svelte-1qguxi4) {opacity:0.25;}.mark.dimmed.svelte-1qguxi4 text:where(.svelte-1qguxi4) {fill:var(--text-muted);font-weight:400;}.focus-ring.svelte-1qguxi4 {fill:none;stroke:transparent;stroke-width:3;}.mark.svelte-1qguxi4:focus-visible .focus-ring:where(.svelte-1qguxi4) {stroke:var(--focus);}.mark.selected.svelte-1qguxi4 .focus-ring:where(.svelte-1qguxi4) {stroke:var(--accent);stroke-dasharray:4 3;}.mark.selected.svelte-1qguxi4:focus-visible .focus-ring:where(.svelte-1qguxi4) {stroke:var(--focus);stroke-dasharray:none;}`
};
function Cs(e, t) {
  he(t, !0), Ae(e, js);
  const r = Tt(), n = /* @__PURE__ */ X(() => new Map(t.elements.map((l) => [l.id, l])));
  function a(l, s) {
    const c = t.scene.layout === "narrow" ? `${s}. ${l.title}` : s;
    return l.fades[r.threat] ? `${c} (cannot engage ${Ht[r.threat]})` : c;
  }
  var i = Os();
  $(i, 21, () => t.scene.marks, (l) => l.element, (l, s) => {
    const c = /* @__PURE__ */ X(() => d(n).get(d(s).element));
    var v = Ls();
    let _;
    var f = N(v), o = k(f), u = (y) => {
      var x = Ts();
      E(() => g(x, "d", d(s).flyout)), b(y, x);
    };
    ie(o, (y) => {
      d(s).flyout && y(u);
    });
    var h = k(o), m = (y) => {
      var x = As();
      E(() => {
        g(x, "x1", d(s).label.leader.x1), g(x, "y1", d(s).label.leader.y1), g(x, "x2", d(s).label.leader.x2), g(x, "y2", d(s).label.leader.y2);
      }), b(y, x);
    };
    ie(h, (y) => {
      d(s).label.leader && y(m);
    });
    var p = k(h);
    $(p, 17, () => d(s).glyphs, yt, (y, x) => {
      var q = Ms(), T = ce(q), D = k(T);
      jr(D, {
        get kind() {
          return d(s).kind;
        },
        get x() {
          return d(x).x;
        },
        get y() {
          return d(x).y;
        },
        get r() {
          return t.scene.markRadius;
        }
      }), E(() => {
        g(T, "cx", d(x).x), g(T, "cy", d(x).y), g(T, "r", t.scene.markRadius + 4);
      }), b(y, q);
    });
    var w = k(p);
    let z;
    $(w, 21, () => d(s).label.lines, yt, (y, x, q) => {
      var T = Rs(), D = B(T);
      E(() => {
        g(T, "x", d(x).x), g(T, "y", d(x).y), H(D, `${d(x).text ?? ""}${q < d(s).label.lines.length - 1 ? " " : ""}`);
      }), b(y, T);
    }), L(w);
    var M = k(w);
    L(v), E((y, x, q, T) => {
      g(v, "href", y), g(v, "target", t.linkTarget), _ = ye(v, 0, x, "svelte-1qguxi4", _, {
        selected: r.selected === d(s).element,
        dimmed: q
      }), g(v, "data-element", d(s).element), g(v, "aria-label", T), g(f, "x", d(s).label.box.x), g(f, "y", d(s).label.box.y), g(f, "width", d(s).label.box.width), g(f, "height", d(s).label.box.height), g(w, "font-size", t.scene.fontSize), z = ye(w, 0, "svelte-1qguxi4", null, z, { badge: t.scene.layout === "narrow" }), g(M, "x", d(s).label.box.x - 3), g(M, "y", d(s).label.box.y - 3), g(M, "width", d(s).label.box.width + 6), g(M, "height", d(s).label.box.height + 6);
    }, [
      () => t.elementHref(d(s).element),
      () => `mark layer-${d(c).layer} ${Object.keys(d(c).fades).map((y) => `fades-${y}`).join(" ")}`,
      () => r.emphasised.length > 0 && !r.emphasised.includes(d(s).element),
      () => a(d(c), d(s).label.lines.map((y) => y.text).join(" "))
    ]), $e("click", v, (y) => {
      Cr(y) && (y.preventDefault(), t.onactivate(d(s).element, y.currentTarget));
    }), $e("keydown", v, (y) => {
      y.key === " " && (y.preventDefault(), t.onactivate(d(s).element, y.currentTarget));
    }), Ke("pointerenter", v, () => r.hovered = d(s).element), Ke("pointerleave", v, () => r.leave(d(s).element)), Ke("focus", v, () => r.hovered = d(s).element), Ke("blur", v, () => r.hovered = r.hovered === d(s).element ? null : r.hovered), b(l, v);
  }), L(i), b(e, i), _e();
}
qt(["click", "keydown"]);
var zs = /* @__PURE__ */ F("<li> </li>"), Ns = /* @__PURE__ */ F('<ol class="number-key svelte-kope1k" aria-label="Numbers on the diagram"></ol> <p class="launch-note svelte-kope1k">The path starts at the launch site, bottom left.</p>', 1), Ps = /* @__PURE__ */ F('<div aria-hidden="true"><strong class="svelte-kope1k"> </strong> <span> </span></div>'), Hs = /* @__PURE__ */ F('<div><svg role="group" class="diagram-svg svelte-kope1k"><title> </title><!><!><!><!></svg> <!> <!></div>'), Is = {
  hash: "svelte-kope1k",
  code: ".layout.svelte-kope1k {position:relative;}.diagram-svg.svelte-kope1k {display:block;width:100%;height:auto;font-family:var(--font-body);}.number-key.svelte-kope1k {margin:0.5rem 0 0;padding-left:1.75rem;font-size:0.95rem;columns:2 12rem;}.launch-note.svelte-kope1k {margin:0.25rem 0 0;font-size:0.95rem;}.tooltip.svelte-kope1k {position:absolute;z-index:2;transform:translate(-50%, calc(-100% - 18px));width:max-content;max-width:min(22rem, 80vw);padding:0.4rem 0.6rem;border:1px solid var(--border);border-radius:var(--radius);background:var(--bg);color:var(--text);font-size:0.9rem;line-height:1.35;box-shadow:0 2px 8px rgb(0 0 0 / 0.2);}.tooltip.below.svelte-kope1k {transform:translate(-50%, 18px);}.tooltip.svelte-kope1k strong:where(.svelte-kope1k) {display:block;}"
};
function Ds(e, t) {
  he(t, !0), Ae(e, Is);
  const r = Tt(), n = /* @__PURE__ */ X(() => t.scene.marks.find((M) => M.element === r.hovered)), a = /* @__PURE__ */ X(() => t.elements.find((M) => M.id === r.hovered)), i = /* @__PURE__ */ X(() => d(a)?.fades[r.threat]), l = /* @__PURE__ */ X(() => `${t.uid}-${t.scene.layout}-title`);
  var s = Hs(), c = N(s), v = N(c), _ = B(v, !0), f = k(v);
  es(f, { get scene() {
    return t.scene;
  } });
  var o = k(f);
  ss(o, { get scene() {
    return t.scene;
  } });
  var u = k(o);
  qs(u, { get scene() {
    return t.scene;
  } });
  var h = k(u);
  Cs(h, {
    get scene() {
      return t.scene;
    },
    get elements() {
      return t.elements;
    },
    get elementHref() {
      return t.elementHref;
    },
    get linkTarget() {
      return t.linkTarget;
    },
    get onactivate() {
      return t.onactivate;
    }
  }), L(c);
  var m = k(c, 2), p = (M) => {
    var y = Ns(), x = ce(y);
    $(x, 21, () => t.scene.marks, (q) => q.element, (q, T) => {
      var D = zs(), ge = B(D, !0);
      E((P) => {
        Bi(D, d(T).number), H(ge, P);
      }, [() => t.elements.find((P) => P.id === d(T).element)?.title]), b(q, D);
    }), L(x), gt(2), b(M, y);
  };
  ie(m, (M) => {
    t.scene.layout === "narrow" && M(p);
  });
  var w = k(m, 2), z = (M) => {
    var y = Ps();
    let x;
    var q = N(y), T = B(q, !0), D = k(q, 2), ge = B(D, !0);
    L(y), E(() => {
      x = ye(y, 1, "tooltip svelte-kope1k", null, x, { below: d(n).label.box.y + d(n).label.box.height / 2 < d(n).glyphs[0].y }), Pi(y, `left:${d(n).glyphs[0].x / t.scene.width * 100}%;top:${d(n).glyphs[0].y / t.scene.height * 100}%`), H(T, d(a).title), H(ge, d(i) ? `Fades: ${d(i).reason}` : d(a).summary);
    }), Ke("pointerenter", y, () => r.tooltipHovered = !0), Ke("pointerleave", y, () => {
      r.tooltipHovered = !1, r.leave(d(a).id);
    }), b(M, y);
  };
  ie(w, (M) => {
    d(n) && d(a) && r.selected !== d(a).id && M(z);
  }), L(s), E(() => {
    ye(s, 1, `layout layout-${t.scene.layout}`, "svelte-kope1k"), g(c, "viewBox", `0 0 ${t.scene.width} ${t.scene.height}`), g(c, "aria-labelledby", d(l)), g(v, "id", d(l)), H(_, t.title);
  }), b(e, s), _e();
}
var Fs = /* @__PURE__ */ F('<div class="layered-canvas"></div>');
function Bs(e, t) {
  he(t, !0);
  let r = He(t, "onactivate", 3, () => {
  }), n = He(t, "layouts", 19, () => ["wide", "narrow"]);
  var a = Fs();
  $(a, 21, () => n().map((i) => t.scenes[i]), (i) => i.layout, (i, l) => {
    Ds(i, {
      get scene() {
        return d(l);
      },
      get elements() {
        return t.elements;
      },
      get title() {
        return t.title;
      },
      get elementHref() {
        return t.elementHref;
      },
      get linkTarget() {
        return t.linkTarget;
      },
      get onactivate() {
        return r();
      },
      get uid() {
        return t.uid;
      }
    });
  }), L(a), E((i) => g(a, "data-layouts", i), [() => n().join(" ")]), b(e, a), _e();
}
var Us = /* @__PURE__ */ F('<a target="_self"> </a>'), $s = /* @__PURE__ */ F('<div class="threat-switch svelte-865zxi" role="group"><span class="switch-label svelte-865zxi">Threat:</span> <!></div>'), Ys = {
  hash: "svelte-865zxi",
  code: ".threat-switch.svelte-865zxi {display:flex;flex-wrap:wrap;align-items:center;gap:0.4rem;margin:0 0 0.75rem;}.switch-label.svelte-865zxi {font-weight:600;margin-right:0.25rem;}.choice.svelte-865zxi {display:inline-block;padding:0.35rem 0.75rem;border:1px solid var(--border);border-radius:999px;color:var(--text);text-decoration:none;background:var(--bg);}.choice.svelte-865zxi:hover {border-color:var(--accent);}.choice[aria-current='true'].svelte-865zxi {background:var(--accent);border-color:var(--accent);color:var(--accent-text-on);font-weight:600;}"
};
function Vs(e, t) {
  he(t, !0), Ae(e, Ys);
  const r = Tt();
  var n = $s(), a = N(n), i = k(a, 2);
  $(i, 16, () => wt, (l) => l, (l, s) => {
    var c = Us(), v = B(c, !0);
    E(() => {
      g(c, "href", `?threat=${s}#threat-${s}`), ye(c, 1, `choice choice-${s}`, "svelte-865zxi"), g(c, "aria-current", r.hydrated && r.threat === s ? "true" : void 0), g(c, "data-threat-choice", s), H(v, hs[s]);
    }), $e("click", c, (_) => {
      Cr(_) && (_.preventDefault(), t.onchoose(s));
    }), b(l, c);
  }), L(n), E(() => {
    g(n, "aria-labelledby", `${t.uid}-threat-label`), g(a, "id", `${t.uid}-threat-label`);
  }), b(e, n), _e();
}
qt(["click"]);
var Gs = /* @__PURE__ */ F("(<a> </a>)", 1), Ks = /* @__PURE__ */ F(" <!>", 1);
function ia(e, t) {
  he(t, !0), gt();
  var r = Ks(), n = ce(r), a = k(n), i = (s) => {
    var c = Gs(), v = k(ce(c)), _ = B(v, !0);
    gt(), E((f) => {
      g(v, "href", f), g(v, "target", t.linkTarget), H(_, t.fade.sourceLabel);
    }, [() => t.fade.href.startsWith("/") ? t.href(t.fade.href) : t.fade.href]), b(s, c);
  }, l = (s) => {
    var c = Ei();
    E(() => H(c, `(${t.fade.sourceLabel ?? ""})`)), b(s, c);
  };
  ie(a, (s) => {
    t.fade.href ? s(i) : s(l, -1);
  }), E(() => H(n, `${t.fade.reason ?? ""} `)), b(e, r), _e();
}
function Ws(e, t) {
  return `${e.endsWith("/") ? e.slice(0, -1) : e}${t.startsWith("/") ? t : `/${t}`}`;
}
var Zs = (e) => e ? `/order/#${e}` : "/order/", sa = (e) => `/elements/${e}/`, Xs = /* @__PURE__ */ F('<p class="fade-note svelte-1oxtumc"><strong> </strong> <!></p>'), Js = /* @__PURE__ */ F('<blockquote class="order-quote svelte-1oxtumc"><p class="svelte-1oxtumc"> </p> <footer><a> </a></footer></blockquote>'), Qs = /* @__PURE__ */ F('<section class="panel svelte-1oxtumc"><div class="panel-head svelte-1oxtumc"><h2 tabindex="-1" class="svelte-1oxtumc"> </h2> <button type="button" class="close svelte-1oxtumc">Close</button></div> <p> </p> <!> <h3 class="svelte-1oxtumc">What the order says</h3> <!> <p><a class="more svelte-1oxtumc"> </a></p></section>'), el = {
  hash: "svelte-1oxtumc",
  code: ".panel.svelte-1oxtumc {border:1px solid var(--border);border-radius:var(--radius);background:var(--bg-raised);padding:0.75rem 1rem;}.panel-head.svelte-1oxtumc {display:flex;justify-content:space-between;align-items:start;gap:0.5rem;}h2.svelte-1oxtumc {font-size:1.25rem;margin:0.25rem 0;}h3.svelte-1oxtumc {font-size:1rem;margin:1rem 0 0;}.close.svelte-1oxtumc {border:1px solid var(--border);background:var(--bg);color:var(--text);border-radius:var(--radius);padding:0.25rem 0.6rem;cursor:pointer;min-height:2.25rem;}.order-quote.svelte-1oxtumc p:where(.svelte-1oxtumc) {margin:0;}.fade-note.svelte-1oxtumc {border-left:4px solid var(--warn);padding-left:0.6rem;}.more.svelte-1oxtumc {font-weight:600;}"
};
function tl(e, t) {
  he(t, !0), Ae(e, el);
  const r = Tt(), n = /* @__PURE__ */ X(() => t.element.fades[r.threat]);
  let a = /* @__PURE__ */ W(void 0);
  function i() {
    d(a)?.focus();
  }
  var l = { focusHeading: i }, s = Qs(), c = N(s), v = N(c), _ = B(v, !0);
  vr(v, (y) => G(a, y), () => d(a));
  var f = k(v, 2);
  L(c);
  var o = k(c, 2), u = B(o, !0), h = k(o, 2), m = (y) => {
    var x = Xs(), q = N(x), T = B(q), D = k(q, 2);
    ia(D, {
      get fade() {
        return d(n);
      },
      get href() {
        return t.href;
      },
      get linkTarget() {
        return t.linkTarget;
      }
    }), L(x), E(() => H(T, `Cannot engage ${Ht[r.threat] ?? ""}:`)), b(y, x);
  };
  ie(h, (y) => {
    d(n) && y(m);
  });
  var p = k(h, 4);
  $(p, 17, () => t.element.cites, (y) => y.passage + y.quote, (y, x) => {
    var q = Js(), T = N(q), D = B(T), ge = k(T, 2), P = N(ge), Ye = B(P);
    L(ge), L(q), E((rt) => {
      H(D, `“${d(x).quote ?? ""}”`), g(P, "href", rt), g(P, "target", t.linkTarget), H(Ye, `Exec. Order 14186, ${d(x).label ?? ""}`);
    }, [() => t.href(Zs(d(x).passage))]), b(y, q);
  });
  var w = k(p, 2), z = N(w), M = B(z);
  return L(w), L(s), E((y) => {
    g(s, "aria-labelledby", `${t.uid}-panel-title`), g(s, "data-panel", t.element.id), g(v, "id", `${t.uid}-panel-title`), H(_, t.element.title), g(f, "aria-label", `Close ${t.element.title}`), H(u, t.element.summary), g(z, "href", y), g(z, "target", t.linkTarget), H(M, `Read more: ${t.element.title ?? ""}`);
  }, [() => t.href(sa(t.element.id))]), $e("click", f, function(...y) {
    t.onclose?.apply(this, y);
  }), b(e, s), _e(l);
}
qt(["click"]);
var rl = /* @__PURE__ */ F('<li class="svelte-8qj3zm"><svg viewBox="-12 -12 24 24" width="24" height="24" aria-hidden="true"><!></svg> </li>'), on = /* @__PURE__ */ F('<li class="svelte-8qj3zm"><a> </a></li>'), nl = /* @__PURE__ */ F(`<div class="key"><h2 class="key-title svelte-8qj3zm">Key</h2> <ul class="shapes svelte-8qj3zm" aria-label="Shapes on the diagram"><!> <li class="svelte-8qj3zm"><svg viewBox="0 -6 24 12" width="24" height="12" aria-hidden="true"><path d="M1,0H23" class="threat-swatch svelte-8qj3zm"></path></svg> The threat's path</li></ul> <h3 class="svelte-8qj3zm">Across the whole chain</h3> <ul class="elements svelte-8qj3zm"></ul> <h3 class="svelte-8qj3zm">Policy, plans and reviews</h3> <ul class="elements svelte-8qj3zm"></ul></div>`), al = {
  hash: "svelte-8qj3zm",
  code: ".key-title.svelte-8qj3zm {font-size:1.1rem;margin:0 0 0.5rem;}h3.svelte-8qj3zm {font-size:1rem;margin:1rem 0 0.25rem;}ul.svelte-8qj3zm {list-style:none;padding:0;margin:0;}.shapes.svelte-8qj3zm li:where(.svelte-8qj3zm) {display:flex;align-items:center;gap:0.5rem;margin:0.2rem 0;font-size:0.95rem;}.elements.svelte-8qj3zm li:where(.svelte-8qj3zm) {margin:0.25rem 0;}.swatch.svelte-8qj3zm {overflow:visible;--mark: var(--text);--mark-edge: var(--text);}.threat-swatch.svelte-8qj3zm {stroke:var(--diagram-threat);stroke-width:3.5;}"
};
function il(e, t) {
  he(t, !0), Ae(e, al);
  const r = [
    {
      kind: "satellite",
      label: "Satellites (sensors)"
    },
    {
      kind: "space-interceptor",
      label: "Interceptors in space"
    },
    {
      kind: "ground-interceptor",
      label: "Interceptors on the ground"
    },
    {
      kind: "strike",
      label: "Defeat before launch"
    },
    {
      kind: "effect",
      label: "Non-kinetic effects"
    },
    {
      kind: "defended",
      label: "Defended locations"
    }
  ];
  function n(_, f) {
    Cr(_) && (_.preventDefault(), t.onactivate(f, _.currentTarget));
  }
  var a = nl(), i = N(a), l = k(i, 2), s = N(l);
  $(s, 17, () => r, (_) => _.kind, (_, f) => {
    var o = rl(), u = N(o), h = N(u);
    jr(h, {
      get kind() {
        return d(f).kind;
      },
      x: 0,
      y: 0,
      r: 10
    }), L(u);
    var m = k(u);
    L(o), E(() => {
      ye(u, 0, `swatch kind-${d(f).kind}`, "svelte-8qj3zm"), H(m, ` ${d(f).label ?? ""}`);
    }), b(_, o);
  }), gt(2), L(l);
  var c = k(l, 4);
  $(c, 21, () => t.key, (_) => _.id, (_, f) => {
    var o = on(), u = N(o), h = B(u, !0);
    L(o), E((m) => {
      g(u, "href", m), g(u, "target", t.linkTarget), g(u, "data-element", d(f).id), H(h, d(f).title);
    }, [() => t.elementHref(d(f).id)]), $e("click", u, (m) => n(m, d(f).id)), b(_, o);
  }), L(c);
  var v = k(c, 4);
  $(v, 21, () => t.policy, (_) => _.id, (_, f) => {
    var o = on(), u = N(o), h = B(u, !0);
    L(o), E((m) => {
      g(u, "href", m), g(u, "target", t.linkTarget), g(u, "data-element", d(f).id), H(h, d(f).title);
    }, [() => t.elementHref(d(f).id)]), $e("click", u, (m) => n(m, d(f).id)), b(_, o);
  }), L(v), L(a), E(() => g(i, "id", `${t.uid}-key-title`)), b(e, a), _e();
}
qt(["click"]);
function la(e) {
  return e.parse(na(window.location.search), window.location.hash);
}
function sl(e, t, r) {
  const n = gs(e, t, window.location.search);
  if (!(n === window.location.search || n === "" && window.location.search === "?"))
    try {
      window.history[r === "push" ? "pushState" : "replaceState"](null, "", `${window.location.pathname}${n}`);
    } catch {
    }
}
function ll(e, t) {
  const r = () => {
    const { state: n, notes: a } = la(e);
    t(n, a);
  };
  return window.addEventListener("popstate", r), () => window.removeEventListener("popstate", r);
}
var ol = /* @__PURE__ */ F('<span class="threat-anchor svelte-1q9igap"></span>'), fl = /* @__PURE__ */ F('<p class="note url-note svelte-1q9igap" role="status"> </p>'), ul = /* @__PURE__ */ F("<p> </p>"), cl = /* @__PURE__ */ F("<li><strong> </strong> <!></li>"), dl = /* @__PURE__ */ F('<p class="fade-title svelte-1q9igap"> </p> <ul></ul>', 1), vl = /* @__PURE__ */ F("<div><!></div>"), hl = /* @__PURE__ */ F('<p class="hint svelte-1q9igap">Select a part of the diagram (click, tap, or Tab then Enter) to see what the order says about it.</p>'), _l = /* @__PURE__ */ F('<aside class="side svelte-1q9igap" aria-label="Selected element and key"><!> <!></aside>'), gl = /* @__PURE__ */ F('<div class="layered svelte-1q9igap"><!> <!> <!> <div><div class="canvas-column svelte-1q9igap"><!> <div class="fades svelte-1q9igap" aria-live="polite"></div></div> <!></div></div>'), pl = {
  hash: "svelte-1q9igap",
  code: `.threat-anchor.svelte-1q9igap {position:absolute;}.url-note.svelte-1q9igap {margin:0 0 0.75rem;}.grid.svelte-1q9igap {display:grid;gap:1.25rem;}
  @media (min-width: 80rem) {.grid.with-side.svelte-1q9igap {grid-template-columns:minmax(0, 1fr) 20rem;align-items:start;}
  }.canvas-column.svelte-1q9igap {min-width:0;}.hint.svelte-1q9igap {margin-top:0;color:var(--text-muted);}.side.svelte-1q9igap .panel {margin-bottom:1.25rem;}.fade-list.svelte-1q9igap {display:none;}.fades.svelte-1q9igap {font-size:0.95rem;}.fade-title.svelte-1q9igap {font-weight:600;margin-bottom:0.25rem;}.layered[data-threat='ballistic'].svelte-1q9igap .fade-list-ballistic:where(.svelte-1q9igap),
  .layered[data-threat='hypersonic'].svelte-1q9igap .fade-list-hypersonic:where(.svelte-1q9igap),
  .layered[data-threat='cruise'].svelte-1q9igap .fade-list-cruise:where(.svelte-1q9igap) {display:block;}.layered.svelte-1q9igap:not([data-js]):has(#threat-hypersonic:where(.svelte-1q9igap):target, #threat-cruise:where(.svelte-1q9igap):target) .fade-list-ballistic:where(.svelte-1q9igap) {display:none;}.layered.svelte-1q9igap:not([data-js]):has(#threat-hypersonic:where(.svelte-1q9igap):target) .fade-list-hypersonic:where(.svelte-1q9igap),
  .layered.svelte-1q9igap:not([data-js]):has(#threat-cruise:where(.svelte-1q9igap):target) .fade-list-cruise:where(.svelte-1q9igap) {display:block;}.layered.svelte-1q9igap:not([data-js]):has(#threat-hypersonic:where(.svelte-1q9igap):target) .choice-hypersonic,
  .layered.svelte-1q9igap:not([data-js]):has(#threat-cruise:where(.svelte-1q9igap):target) .choice-cruise,
  .layered.svelte-1q9igap:not([data-js]):not(:has(#threat-hypersonic:target, #threat-cruise:target)) .choice-ballistic {background:var(--accent);border-color:var(--accent);color:var(--accent-text-on);font-weight:600;}`
};
function ml(e, t) {
  he(t, !0), Ae(e, pl);
  let r = He(t, "uid", 3, "layers"), n = He(t, "url", 3, "sync"), a = He(t, "quiet", 3, !1), i = He(t, "showSide", 3, !0), l = He(t, "showSwitch", 3, !0);
  const s = ws(t.state ?? new ys()), c = /* @__PURE__ */ X(() => [
    ...t.model.drawn,
    ...t.model.key,
    ...t.model.policy
  ]), v = /* @__PURE__ */ X(() => new Set(d(c).map((S) => S.id))), _ = /* @__PURE__ */ X(() => d(c).find((S) => S.id === s.selected)), f = (S) => Ws(t.base, S), o = (S) => f(sa(S));
  let u = /* @__PURE__ */ W(void 0), h = /* @__PURE__ */ W(void 0);
  const m = /* @__PURE__ */ X(() => ms(d(v)));
  function p(S, V) {
    s.apply(S), s.notes = a() ? [] : V;
  }
  Wi(() => {
    let S = () => {
    };
    if (n() === "sync" || n() === "read") {
      const { state: V, notes: se } = la(d(m));
      p(V, se), S = ll(d(m), p);
    }
    return s.hydrated = !0, S;
  });
  function w() {
    s.notes = [], n() === "sync" && sl(d(m), s.snapshot, "push");
  }
  async function z(S) {
    s.selected = S, s.hovered = null, w(), await Xr(), d(u)?.focusHeading();
  }
  function M(S) {
    return [...d(h)?.querySelectorAll(`[data-element="${CSS.escape(S)}"]`) ?? []].find((V) => V.getClientRects().length > 0) ?? null;
  }
  async function y() {
    const S = s.selected;
    s.selected = null, w(), await Xr(), S && M(S)?.focus();
  }
  function x(S) {
    s.threat = S, w();
  }
  function q(S) {
    S.key === "Escape" && (s.selected ? (S.preventDefault(), y()) : s.hovered && (s.hovered = null));
  }
  var T = gl(), D = N(T), ge = (S) => {
    var V = Or(), se = ce(V);
    $(se, 16, () => wt, (le) => le, (le, nt) => {
      var Ve = ol();
      E(() => g(Ve, "id", `threat-${nt}`)), b(le, Ve);
    }), b(S, V);
  };
  ie(D, (S) => {
    n() !== "none" && S(ge);
  });
  var P = k(D, 2);
  $(P, 16, () => s.notes, (S) => S, (S, V) => {
    var se = fl(), le = B(se, !0);
    E(() => H(le, V)), b(S, se);
  });
  var Ye = k(P, 2), rt = (S) => {
    Vs(S, {
      onchoose: x,
      get uid() {
        return r();
      }
    });
  };
  ie(Ye, (S) => {
    l() && S(rt);
  });
  var $t = k(Ye, 2);
  let zr;
  var Yt = N($t), Nr = N(Yt);
  Bs(Nr, {
    get scenes() {
      return t.scenes;
    },
    get elements() {
      return t.model.drawn;
    },
    get title() {
      return t.model.title;
    },
    elementHref: o,
    get linkTarget() {
      return t.linkTarget;
    },
    onactivate: z,
    get uid() {
      return r();
    }
  });
  var Pr = k(Nr, 2);
  $(Pr, 20, () => wt, (S) => S, (S, V) => {
    const se = /* @__PURE__ */ X(() => t.model.drawn.filter((oe) => oe.fades[V]));
    var le = vl(), nt = N(le), Ve = (oe) => {
      var at = ul(), At = B(at);
      E(() => H(At, `Every part drawn can act against ${Ht[V] ?? ""}.`)), b(oe, at);
    }, je = (oe) => {
      var at = dl(), At = ce(at), ua = B(At), Hr = k(At, 2);
      $(Hr, 21, () => d(se), (Vt) => Vt.id, (Vt, Ir) => {
        const ca = /* @__PURE__ */ X(() => d(Ir).fades[V]);
        var Gt = cl(), Dr = N(Gt), da = B(Dr), va = k(Dr, 2);
        ia(va, {
          get fade() {
            return d(ca);
          },
          href: f,
          get linkTarget() {
            return t.linkTarget;
          }
        }), L(Gt), E(() => H(da, `${d(Ir).title ?? ""}.`)), b(Vt, Gt);
      }), L(Hr), E(() => H(ua, `Faded for ${Ht[V] ?? ""}:`)), b(oe, at);
    };
    ie(nt, (oe) => {
      d(se).length === 0 ? oe(Ve) : oe(je, -1);
    }), L(le), E(() => ye(le, 1, `fade-list fade-list-${V}`, "svelte-1q9igap")), b(S, le);
  }), L(Pr), L(Yt);
  var oa = k(Yt, 2), fa = (S) => {
    var V = _l(), se = N(V), le = (je) => {
      vr(tl(je, {
        get element() {
          return d(_);
        },
        href: f,
        get linkTarget() {
          return t.linkTarget;
        },
        get uid() {
          return r();
        },
        onclose: y
      }), (oe) => G(u, oe, !0), () => d(u));
    }, nt = (je) => {
      var oe = hl();
      b(je, oe);
    };
    ie(se, (je) => {
      d(_) ? je(le) : je(nt, -1);
    });
    var Ve = k(se, 2);
    il(Ve, {
      get key() {
        return t.model.key;
      },
      get policy() {
        return t.model.policy;
      },
      elementHref: o,
      get linkTarget() {
        return t.linkTarget;
      },
      onactivate: z,
      get uid() {
        return r();
      }
    }), L(V), b(S, V);
  };
  ie(oa, (S) => {
    i() && S(fa);
  }), L($t), L(T), vr(T, (S) => G(h, S), () => d(h)), E(() => {
    g(T, "data-threat", s.threat), g(T, "data-js", s.hydrated ? "true" : void 0), zr = ye($t, 1, "grid svelte-1q9igap", null, zr, { "with-side": i() });
  }), $e("keydown", T, q), b(e, T), _e();
}
qt(["keydown"]);
var El = (e, t) => ea(ml, {
  target: e,
  props: t
});
export {
  El as default
};
