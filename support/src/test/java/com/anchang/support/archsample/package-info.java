/**
 * Sample classes for the tests of {@link com.anchang.support.test.AnchangArchitecture}: {@code conforming}
 * follows every rule, each class of {@code violating} breaks one (its name says which). Never used by code.
 */
package com.anchang.support.archsample;
