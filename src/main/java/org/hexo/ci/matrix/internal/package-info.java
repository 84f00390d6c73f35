/** Scheduling internals of the matrix runner; not API. */
package org.hexo.ci.matrix.internal;
