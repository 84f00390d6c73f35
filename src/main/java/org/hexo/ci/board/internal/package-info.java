/** Helpers shared by the board drivers; not API. */
package org.hexo.ci.board.internal;
