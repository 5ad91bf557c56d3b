'use strict';
const o = Object.freeze({ x: 1 });
try { o.x = 2; } catch (e) { console.log(e.message); }
try { o.y = 2; } catch (e) { console.log(e.message); }
try { o['x'] = 2; } catch (e) { console.log(e.message); }
const g = { get a() { return 1; } };
try { g.a = 5; } catch (e) { console.log(e.message); }
try { 'abc'.x = 1; } catch (e) { console.log(e.message); }
const arr = Object.freeze([1, 2]);
try { arr[0] = 9; } catch (e) { console.log(e.message); }
